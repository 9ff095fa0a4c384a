package org.committeeacademy.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {

    @Test
    void rendersHeadingsListsAndTables() {
        String html = MarkdownHtml.render(
                "# Glossar\n\n- Rat\n- Ausschuss\n\n| Wort | Bedeutung |\n|---|---|\n| Antrag | Vorschlag |\n");
        assertTrue(html.contains("<h1>Glossar</h1>"), html);
        assertTrue(html.contains("<li>Ausschuss</li>"), html);
        assertTrue(html.contains("<td>Antrag</td>"), html);
    }

    @Test
    void escapesRawHtmlAndDropsScriptLinks() {
        String html = MarkdownHtml.render(
                "<script>alert(1)</script>\n\n[klick](javascript:alert(1)) <img src=x onerror=alert(1)>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }
}
