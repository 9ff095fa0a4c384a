package org.committeeacademy.curriculum.application;

import java.util.List;

/**
 * A self-paced unit of a module in one language: its pages (Markdown text, an image, a video link, a sheet to
 * download) and check questions, placed before or after the module's {@code session}-th session. {@code english}
 * says the texts are shown in English because the unit has none in the language asked for.
 */
public record UnitOutline(
        String moduleKey,
        String key,
        String title,
        String summary,
        int session,
        boolean before,
        int minutes,
        List<Page> pages,
        List<Question> questions,
        boolean english) {

    public record Page(String title, String markdown, Image image, Video video, Sheet sheet) {}

    public record Image(String file, String alt) {}

    public record Video(String url, String title) {}

    public record Sheet(String file, String title) {}

    public record Question(String key, String type, String text, List<Option> options) {

        public boolean reflection() {
            return "reflection".equals(type);
        }

        public boolean multiple() {
            return "multiple".equals(type);
        }

        public boolean hasOption(String optionKey) {
            return options.stream().anyMatch(o -> o.key().equals(optionKey));
        }
    }

    public record Option(String key, String text, boolean correct) {}

    public Question question(String questionKey) {
        return questions.stream()
                .filter(q -> q.key().equals(questionKey))
                .findFirst()
                .orElse(null);
    }
}
