package org.committeeacademy.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
