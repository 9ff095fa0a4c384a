package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.committeeacademy.shared.domain.Language;
import org.junit.jupiter.api.Test;

class InvitationCsvTest {

    private static List<InvitationCsv.Line> parse(String text) {
        return InvitationCsv.parse(text.getBytes(StandardCharsets.UTF_8), "known@example.org"::equals);
    }

    @Test
    void readsSemicolonsWithHeaderAndByteOrderMark() {
        List<InvitationCsv.Line> lines = parse("\uFEFFName;E-Mail;Sprache\r\nAyşe Öztürk;Ayse@Example.org;en\r\n");
        assertEquals(1, lines.size());
        InvitationCsv.Line line = lines.get(0);
        assertEquals("Ayşe Öztürk", line.name());
        assertEquals("ayse@example.org", line.email());
        assertEquals(Language.EN, line.language());
        assertNull(line.problem());
        assertEquals(2, line.number());
    }

    @Test
    void readsCommasQuotesAndNoHeaderWithTheDefaultLanguage() {
        List<InvitationCsv.Line> lines = parse("\"Kovač, Ivan\",ivan@example.org\nLea,lea@example.org,de");
        assertEquals(2, lines.size());
        assertEquals(Language.DE, lines.get(0).language());
        assertEquals("lea@example.org", lines.get(1).email());
    }

    @Test
    void separatorsAndQuotesInsideAQuotedNameStayInTheName() {
        List<InvitationCsv.Line> lines =
                parse("\"Name\";\"E-Mail\";\"Sprache\"\n\"Müller; Anna \"\"Anni\"\"\";\"anna@example.org\";\"de\"\n"
                        + "\"Kovač, Ivan\";ivan@example.org;uk");
        assertEquals(2, lines.size());
        assertEquals("Müller; Anna \"Anni\"", lines.get(0).name());
        assertEquals("anna@example.org", lines.get(0).email());
        assertEquals("Kovač, Ivan", lines.get(1).name());
        assertEquals(null, lines.get(1).problem());
    }

    @Test
    void marksBadAddressesDuplicatesExistingAccountsAndUnknownLanguages() {
        List<InvitationCsv.Line> lines = parse(
                "A;not-an-address\nB;b@example.org\nB2;B@example.org\nC;known@example.org\nD;d@example.org;fr\n;e@example.org");
        assertEquals("account.email.invalid", lines.get(0).problem());
        assertNull(lines.get(1).problem());
        assertEquals("invitations.csv.duplicate", lines.get(2).problem());
        assertEquals("invitations.csv.hasAccount", lines.get(3).problem());
        assertEquals("invitations.csv.language", lines.get(4).problem());
        assertEquals("account.name.invalid", lines.get(5).problem());
    }

    @Test
    void refusesWhatIsNoTextList() {
        IllegalArgumentException binary = assertThrows(
                IllegalArgumentException.class,
                () -> InvitationCsv.parse(new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, (byte) 0xff}, e -> false));
        assertEquals("invitations.csv.notText", binary.getMessage());
        assertEquals(
                "invitations.csv.empty",
                assertThrows(IllegalArgumentException.class, () -> parse("Name;E-Mail\n"))
                        .getMessage());
        assertEquals(
                "invitations.csv.tooLarge",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> InvitationCsv.parse(new byte[InvitationCsv.MAX_BYTES + 1], e -> false))
                        .getMessage());
    }

    @Test
    void aQuotedValueMayHoldLineBreaksAndTheNextLinesKeepTheirNumbers() {
        List<InvitationCsv.Line> lines = parse("\uFEFFName;E-Mail;Sprache\r\n"
                + "\"Müller;\r\nAnna \"\"Anni\"\"\";anna@example.org;de\r\n"
                + "\r\n"
                + "\"Kovač,\nIvan\";\"ivan@example.org\";\"uk\"\n"
                + "Lea;lea@example.org");
        assertEquals(
                List.of(2, 5, 7), lines.stream().map(InvitationCsv.Line::number).toList());
        assertEquals("Müller; Anna \"Anni\"", lines.get(0).name());
        assertEquals("anna@example.org", lines.get(0).email());
        assertEquals("Kovač, Ivan", lines.get(1).name());
        assertEquals(Language.UK, lines.get(1).language());
        assertTrue(lines.stream().allMatch(InvitationCsv.Line::isSendable));
    }

    @Test
    void commasWithQuotedCommasLineBreaksAndSpacesAroundValues() {
        List<InvitationCsv.Line> lines =
                parse("name,email\n \"Kovač, Ivan\" , ivan@example.org \n\"Lea\nLang\",lea@example.org,en\r\n");
        assertEquals(2, lines.size());
        assertEquals("Kovač, Ivan", lines.get(0).name());
        assertEquals("ivan@example.org", lines.get(0).email());
        assertEquals("Lea Lang", lines.get(1).name());
        assertEquals(3, lines.get(1).number());
        assertEquals(Language.EN, lines.get(1).language());
    }

    @Test
    void aQuoteInsideOrAfterAValueIsPartOfIt() {
        List<InvitationCsv.Line> lines = parse("Anna \"Anni\" Müller;anna@example.org\n\"Ben\" Bauer;ben@example.org");
        assertEquals("Anna \"Anni\" Müller", lines.get(0).name());
        assertEquals("Ben Bauer", lines.get(1).name());
        assertTrue(lines.stream().allMatch(InvitationCsv.Line::isSendable));
    }

    @Test
    void aQuoteNeverClosedIsAProblemOfTheLineItOpensOnAndTheLinesBeforeStay() {
        List<InvitationCsv.Line> lines =
                parse("Name;E-Mail\nAnna;anna@example.org\n\n\"Ben;ben@example.org\nCem;cem@example.org\n");
        assertEquals(
                List.of(2, 4), lines.stream().map(InvitationCsv.Line::number).toList());
        assertTrue(lines.get(0).isSendable());
        assertEquals(InvitationCsv.UNCLOSED_QUOTE, lines.get(1).problem());
    }

    @Test
    void refusesMoreThanTheMostLines() {
        String line = "Anna;anna@example.org\n";
        assertEquals(
                InvitationCsv.MAX_LINES,
                parse(line.repeat(InvitationCsv.MAX_LINES)).size());
        assertEquals(
                "invitations.csv.tooLong",
                assertThrows(IllegalArgumentException.class, () -> parse(line.repeat(InvitationCsv.MAX_LINES + 2)))
                        .getMessage());
    }
}
