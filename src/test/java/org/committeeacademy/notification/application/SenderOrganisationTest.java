package org.committeeacademy.notification.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.committeeacademy.notification.domain.Mail;
import org.committeeacademy.organisation.domain.Organisation;
import org.committeeacademy.organisation.domain.OrganisationDetails;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

class SenderOrganisationTest {

    private final SenderOrganisation senders = new SenderOrganisation();

    {
        senders.messages = new Messages();
    }

    private static Mail mail() {
        return new Mail("Termin", "Guten Tag", "<html><body><p>Guten Tag</p></body></html>", List.of());
    }

    @Test
    void theMailClosesWithTheOrganisationsNameAddressContactAndPrivacyInItsColour() {
        Organisation koeln = new Organisation(new OrganisationDetails(
                "VHS Köln",
                "Köln",
                "Cäcilienstraße 29–33, 50667 Köln",
                "Datenschutz der VHS Köln, datenschutz@vhs-koeln.example",
                "kurse@vhs-koeln.example",
                "#a61c3c"));

        Mail signed = senders.signed(mail(), koeln, Language.DE);

        assertTrue(signed.text().contains("Ihr Kurs bei VHS Köln"), signed.text());
        assertTrue(signed.text().contains("Fragen zum Kurs: kurse@vhs-koeln.example"), signed.text());
        assertTrue(signed.text().contains("Datenschutz: Datenschutz der VHS Köln"), signed.text());
        assertTrue(signed.html().contains("#a61c3c"), signed.html());
        assertTrue(signed.html().indexOf("Cäcilienstraße") < signed.html().indexOf("</body>"), signed.html());
    }

    @Test
    void whatAnOrganisationTypedIsEscapedInTheHtml() {
        Organisation odd =
                new Organisation(new OrganisationDetails("VHS <script>", "Bonn", "<b>Straße</b>", null, null, null));

        Mail signed = senders.signed(mail(), odd, Language.EN);

        assertFalse(signed.html().contains("<script>"), signed.html());
        assertTrue(signed.html().contains("&lt;b&gt;Straße&lt;/b&gt;"), signed.html());
        assertTrue(signed.text().contains("Your course with VHS <script>"), signed.text());
    }
}
