package org.committeeacademy.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.committeeacademy.exchange.domain.ImportLine.Action;
import org.committeeacademy.exchange.domain.ImportPlan.Standing;
import org.committeeacademy.identity.domain.InvitationCsv;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

    private static final Map<String, Standing> KNOWN = Map.of(
            "anna@example.org", new Standing(1L, true, false, false),
            "ben@example.org", new Standing(2L, true, false, false),
            "cem@example.org", new Standing(3L, true, false, false),
            "dana@example.org", new Standing(4L, true, true, false),
            "staff@example.org", new Standing(5L, false, false, false),
            "invited@example.org", new Standing(null, false, false, true));

    private static List<ImportLine> plan(String csv, int free, boolean othersWaiting) {
        List<InvitationCsv.Line> lines = InvitationCsv.parse(csv.getBytes(StandardCharsets.UTF_8), e -> false);
        return ImportPlan.plan(lines, e -> KNOWN.getOrDefault(e, Standing.NOBODY), free, othersWaiting);
    }

    @Test
    void seatsGoInOrderThenTheWaitingListAndStrangersAreInvited() {
        List<ImportLine> plan = plan("""
                Name;E-Mail;Sprache;Status
                Anna;anna@example.org;de;angemeldet
                Ben;ben@example.org;;angemeldet
                Cem;cem@example.org;tr;Warteliste
                Dana;dana@example.org;de;angemeldet
                Neu;neu@example.org;ar;angemeldet
                Eingeladen;invited@example.org;de;
                """, 2, false);
        assertEquals(
                List.of(
                        Action.CONFIRM,
                        Action.CONFIRM,
                        Action.WAITLIST,
                        Action.ALREADY_ENROLLED,
                        Action.INVITE,
                        Action.ALREADY_INVITED),
                plan.stream().map(ImportLine::action).toList());
        assertEquals(1L, plan.get(0).accountId());
        assertNull(plan.get(4).accountId());
        assertEquals("ar", plan.get(4).language().code());
    }

    @Test
    void nobodyJumpsAQueueThatIsAlreadyThere() {
        List<ImportLine> plan = plan("anna;anna@example.org\n", 3, true);
        assertEquals(Action.WAITLIST, plan.get(0).action());
    }

    @Test
    void errorsNameTheirLineColumnAndReason() {
        List<ImportLine> plan = plan("""
                Name;E-Mail;Sprache
                ;anna@example.org;de
                Ben;not-an-address;de
                Cem;cem@example.org;xx
                Staff;staff@example.org;de
                Anna;anna@example.org;de
                Anna again;ANNA@example.org;de
                """, 5, false);
        assertEquals(
                List.of(2, 3, 4, 5, 6, 7), plan.stream().map(ImportLine::number).toList());
        assertEquals("Name", plan.get(0).column());
        assertEquals("account.name.invalid", plan.get(0).problem());
        assertEquals("E-Mail", plan.get(1).column());
        assertEquals("account.email.invalid", plan.get(1).problem());
        assertEquals("Sprache", plan.get(2).column());
        assertEquals(ImportPlan.NOT_A_MEMBER, plan.get(3).problem());
        assertEquals(Action.CONFIRM, plan.get(4).action());
        assertEquals("invitations.csv.duplicate", plan.get(5).problem());
    }

    @Test
    void aWrappedCellIsOneLineAndAQuoteNeverClosedIsAnErrorInNoOneColumn() {
        List<ImportLine> plan = plan(
                "Name;E-Mail\r\n\"Ben\r\nBauer\";ben@example.org\r\nCem;cem@example.org\r\n\"Dana;dana@example.org\r\n",
                5,
                false);
        assertEquals(List.of(2, 4, 5), plan.stream().map(ImportLine::number).toList());
        assertEquals("Ben Bauer", plan.get(0).name());
        assertEquals("cem@example.org", plan.get(1).email());
        assertEquals(Action.ERROR, plan.get(2).action());
        assertEquals(InvitationCsv.UNCLOSED_QUOTE, plan.get(2).problem());
        assertEquals(null, plan.get(2).column());
    }
}
