package org.committeeacademy.curriculum.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.committeeacademy.curriculum.content.DescriptorParser;
import org.committeeacademy.curriculum.content.ModuleDescriptor;
import org.committeeacademy.shared.domain.Language;
import org.junit.jupiter.api.Test;

/** What the catalogue shows of the first module in each language, and in plain German. */
class ModuleOutlineLanguagesTest {

    private static ModuleView firstModule() throws Exception {
        Path dir = Path.of("modules", "01-local-context");
        ModuleDescriptor d = new DescriptorParser()
                .parseModule(
                        "01-local-context/module.yaml",
                        Files.readString(dir.resolve("module.yaml")),
                        path -> Files.isRegularFile(dir.resolve(path)));
        return new ModuleView(
                d.key(),
                1,
                d.title(),
                d.summary(),
                d.durationMinutes(),
                Json.createObjectBuilder(d.content()).build().toString(),
                null);
    }

    @Test
    void titleSummaryObjectivesAndAgendaInTheMembersLanguage() throws Exception {
        ModuleView module = firstModule();

        ModuleOutline arabic = ModuleOutline.of(module, Language.AR);
        assertEquals("فهم السياق المحلي", arabic.title());
        assertTrue(arabic.summary().startsWith("تتعلّم كيف تعمل مدينتك"), arabic.summary());
        assertTrue(
                arabic.objectives().get(0).startsWith("تستطيع أن تشرح"),
                arabic.objectives().toString());
        assertEquals("استراحة قصيرة", arabic.agenda().get(2).title());
        ModuleOutline ukrainian = ModuleOutline.of(module, Language.UK);
        assertEquals("Розуміння місцевого контексту", ukrainian.title());
        assertEquals("Коротка перерва", ukrainian.agenda().get(2).title());
        assertEquals(
                "Yerel bağlamı anlamak", ModuleOutline.of(module, Language.TR).title());
    }

    @Test
    void plainGermanHasItsOwnSummaryAndObjectivesAndGermanTheRest() throws Exception {
        ModuleView module = firstModule();

        ModuleOutline plain = ModuleOutline.of(module, Language.DE, true);
        ModuleOutline german = ModuleOutline.of(module, Language.DE, false);
        assertTrue(plain.summary().startsWith("Sie lernen: So arbeitet Ihre Stadt."), plain.summary());
        assertTrue(german.summary().startsWith("Sie lernen, wie Ihre Stadt"), german.summary());
        assertTrue(plain.objectives().get(1).startsWith("Sie kennen den Weg einer Entscheidung. Zuerst"));
        assertEquals(german.title(), plain.title());
        assertEquals(german.agenda(), plain.agenda());
        assertEquals(
                ModuleOutline.of(module, Language.EN).summary(),
                ModuleOutline.of(module, Language.EN, true).summary(),
                "plain applies to German only");
    }
}
