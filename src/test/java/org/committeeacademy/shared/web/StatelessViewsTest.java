package org.committeeacademy.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StatelessViewsTest {

    @Test
    void everyListedPageExists() {
        Stream.concat(StatelessViews.PUBLIC_VIEWS.stream(), StatelessViews.LINK_VIEWS.stream())
                .forEach(view -> assertTrue(
                        Files.isRegularFile(Path.of("src/main/webapp" + view)), view + " is no page (renamed?)"));
    }

    @Test
    void publicPagesAreStatelessOnlyForVisitorsAndMailLinksForEveryone() {
        assertTrue(StatelessViews.isStateless("/index.xhtml", false));
        assertFalse(StatelessViews.isStateless("/index.xhtml", true), "a signed-in member's start page keeps state");
        assertFalse(StatelessViews.isStateless("/login.xhtml", false), "the login form keeps its state");
        assertFalse(StatelessViews.isStateless("/member/home.xhtml", false));
        assertTrue(StatelessViews.isStateless("/verify.xhtml", true));
    }

    @Test
    void theTemplateAppliesTheSameRuleWhenItBuildsAPage() throws Exception {
        String template = Files.readString(Path.of("src/main/webapp/WEB-INF/templates/main.xhtml"));
        assertTrue(
                template.contains("transient=\"#{statelessViews.current}\""), "else a stateless form cannot be sent");
    }
}
