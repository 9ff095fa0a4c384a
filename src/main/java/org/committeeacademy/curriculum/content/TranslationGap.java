package org.committeeacademy.curriculum.content;

/**
 * A text of a descriptor that has no version in one of the languages besides German and English (tr, ar, uk):
 * members reading that language see the English text there. Not an error; the validator lists the gaps per
 * language, with file and line, so translators know what is left.
 */
public record TranslationGap(String language, String file, Integer line, String path) {

    @Override
    public String toString() {
        return (line == null ? file : file + ":" + line) + ": " + path + " has no '" + language + "' text";
    }
}
