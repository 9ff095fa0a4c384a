package org.committeeacademy.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.committeeacademy.notification.domain.Attachment;
import org.committeeacademy.notification.domain.Mail;
import org.committeeacademy.notification.domain.Notice;
import org.committeeacademy.shared.domain.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMTP side against a real SMTP server in this JVM (GreenMail), as the application talks to a real one. */
class MailTransportTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void aMailArrivesAsTextAndHtmlAlternativesInUtf8() throws Exception {
        Mail mail = new MailTemplates()
                .render(
                        Notice.WAITLISTED,
                        Language.DE,
                        Map.of(
                                "name",
                                "Ayşe Yılmaz",
                                "cohort",
                                "Köln – Frühjahrskurs",
                                "position",
                                "2",
                                "link",
                                "http://localhost:8080/cohort.xhtml?id=1"));

        transport().send("member@example.org", mail);

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals("Auf der Warteliste: Köln – Frühjahrskurs", received.getSubject());
        assertEquals("member@example.org", received.getAllRecipients()[0].toString());
        assertTrue(received.getFrom()[0].toString().contains("academy@example.org"));
        Multipart alternative = (Multipart) received.getContent();
        assertTrue(alternative.getContentType().startsWith("multipart/alternative"));
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        assertTrue(((String) alternative.getBodyPart(0).getContent()).contains("Platz 2"));
        assertTrue(((String) alternative.getBodyPart(1).getContent()).contains("Guten Tag Ayşe Yılmaz"));
    }

    @Test
    void attachmentsTravelNextToTheAlternatives() throws Exception {
        byte[] calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        Mail mail = new Mail("Termin", "Text", "<p>Text</p>", List.of())
                .withAttachment(new Attachment("kurs.ics", "text/calendar; charset=UTF-8", calendar));

        transport().send("member@example.org", mail);

        MimeMessage received = SMTP.getReceivedMessages()[0];
        Multipart mixed = (Multipart) received.getContent();
        assertTrue(mixed.getContentType().startsWith("multipart/mixed"));
        assertTrue(
                ((Multipart) mixed.getBodyPart(0).getContent()).getContentType().startsWith("multipart/alternative"));
        assertEquals("kurs.ics", mixed.getBodyPart(1).getFileName());
        assertTrue(GreenMailUtil.getBody(mixed.getBodyPart(1)).contains("BEGIN:VCALENDAR"));
    }

    @Test
    void aMailOfAnOrganisationCarriesItsNameAndReplyAddressAndItsFooter() throws Exception {
        Mail mail = new Mail("Termin", "Text", "<html><body><p>Text</p></body></html>", List.of())
                .withFooter("Ihr Kurs bei VHS Köln", "<p>Ihr Kurs bei VHS Köln</p>");

        transport().send("member@example.org", mail, "VHS Köln", "kurse@vhs-koeln.example");

        MimeMessage received = SMTP.getReceivedMessages()[SMTP.getReceivedMessages().length - 1];
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertEquals("VHS Köln", from.getPersonal());
        assertEquals("academy@example.org", from.getAddress(), "sent from the platform's own address");
        assertEquals("kurse@vhs-koeln.example", received.getReplyTo()[0].toString());
        Multipart alternative = (Multipart) received.getContent();
        String text = ((String) alternative.getBodyPart(0).getContent()).replace("\r\n", "\n");
        assertTrue(text.contains("\n-- \nIhr Kurs bei VHS Köln"), text);
        String html = (String) alternative.getBodyPart(1).getContent();
        assertTrue(html.indexOf("Ihr Kurs bei VHS Köln") < html.indexOf("</body>"), html);
    }

    @Test
    void anUnreachableServerIsReportedSoTheMailIsTriedAgain() {
        MailSettings nowhere = new MailSettings(
                Optional.of("127.0.0.1"), 1, Optional.empty(), Optional.empty(), "a@example.org", false, 48);

        assertThrows(MessagingException.class, () -> new MailTransport(nowhere)
                .send("member@example.org", new Mail("s", "t", "<p>t</p>", List.of())));
    }

    @Test
    void thePasswordIsNeverShownInTheSettings() {
        MailSettings settings = new MailSettings(
                Optional.of("smtp.example.org"),
                587,
                Optional.of("academy"),
                Optional.of("geheim-123"),
                "a@example.org",
                true,
                48);

        assertTrue(!settings.toString().contains("geheim-123"), settings.toString());
    }

    private static MailTransport transport() {
        return new MailTransport(new MailSettings(
                Optional.of("127.0.0.1"),
                SMTP.getSmtp().getPort(),
                Optional.empty(),
                Optional.empty(),
                "Committee Academy <academy@example.org>",
                false,
                48));
    }
}
