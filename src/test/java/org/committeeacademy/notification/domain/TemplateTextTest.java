package org.committeeacademy.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

    @Test
    void fillsPlaceholdersAndEscapesValuesOnlyInHtml() {
        TemplateText template = new TemplateText("<p>Hallo {{name}}, {{ cohort }}</p>");
        Map<String, String> values = Map.of("name", "<b>Ayşe</b> & \"Co\"", "cohort", "Bonn");

        assertEquals("<p>Hallo <b>Ayşe</b> & \"Co\", Bonn</p>", template.plain(values));
        assertEquals("<p>Hallo &lt;b&gt;Ayşe&lt;/b&gt; &amp; &quot;Co&quot;, Bonn</p>", template.html(values));
    }

    @Test
    void valuesAreNeverReadAsTemplates() {
        TemplateText template = new TemplateText("{{text}}");

        assertEquals("{{secret}}", template.plain(Map.of("text", "{{secret}}", "secret", "leaked")));
    }

    @Test
    void lineBreaksOfValuesBecomeBreaksInHtml() {
        assertEquals("a<br>\nb", new TemplateText("{{text}}").html(Map.of("text", "a\r\nb")));
    }

    @Test
    void aPlaceholderWithoutValueIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new TemplateText("{{missing}}").plain(Map.of()));
    }
}
