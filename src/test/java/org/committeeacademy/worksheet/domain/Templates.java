package org.committeeacademy.worksheet.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** A small template with every field type, texts as {de, en} pairs as in the module content. */
public final class Templates {

    private Templates() {}

    public static JsonObject goalSetting() {
        String json = """
                {"key": "goal-setting",
                 "title": {"de": "Vom Problem zum Ziel", "en": "From problem to goal"},
                 "introduction": {"de": "Einleitung", "en": "Introduction"},
                 "sections": [
                  {"key": "problem", "title": {"de": "1. Das Problem", "en": "1. The problem"},
                   "help": {"de": "Hilfe", "en": "Help"},
                   "fields": [
                    {"key": "problem-statement", "type": "longtext", "required": true,
                     "label": {"de": "Was ist das Problem?", "en": "What is the problem?"}},
                    {"key": "causes", "type": "list", "label": {"de": "Ursachen", "en": "Causes"}}]},
                  {"key": "goals", "title": {"de": "4. Ziele", "en": "4. Goals"},
                   "fields": [
                    {"key": "strategic-goals", "type": "goals", "label": {"de": "Meine Ziele", "en": "My goals"}}]},
                  {"key": "allies", "title": {"de": "5. Verbündete", "en": "5. Allies"},
                   "fields": [
                    {"key": "allies", "type": "table", "label": {"de": "Wer hilft?", "en": "Who helps?"},
                     "columns": [{"key": "ally", "label": {"de": "Person", "en": "Person"}},
                                 {"key": "contribution", "label": {"de": "Beitrag", "en": "Contribution"}}]}]},
                  {"key": "instrument", "title": {"de": "6. Instrument", "en": "6. Instrument"},
                   "fields": [
                    {"key": "motion-subject", "type": "text", "label": {"de": "Betreff", "en": "Subject"}},
                    {"key": "motion-reasoning", "type": "longtext", "label": {"de": "Begründung", "en": "Reasoning"}},
                    {"key": "first-check-in", "type": "date", "label": {"de": "Datum", "en": "Date"}}]}]}
                """;
        return Json.createReader(new StringReader(json)).readObject();
    }

    public static JsonObject answers(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
