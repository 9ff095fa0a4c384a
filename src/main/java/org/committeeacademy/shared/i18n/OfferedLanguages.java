package org.committeeacademy.shared.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.committeeacademy.shared.domain.Language;

/**
 * The languages the interface offers: German (the default bundle) and every {@link Language} whose own bundle
 * {@code messages_<code>.properties} is shipped. Looked up once at start-up, so a language lights up as soon as its
 * bundle is added and is never offered half-existing. Choices of a language that is not offered (a {@code ?lang=},
 * a cookie, a REST field) are treated like unknown codes.
 */
public final class OfferedLanguages {

    private static final String BUNDLE_PATH = "/" + Messages.BUNDLE.replace('.', '/');
    private static final List<Language> OFFERED =
            Arrays.stream(Language.values()).filter(OfferedLanguages::shipped).toList();

    private OfferedLanguages() {}

    /** The offered languages in the enum's order (German first). */
    public static List<Language> all() {
        return OFFERED;
    }

    public static boolean offers(Language language) {
        return OFFERED.contains(language);
    }

    /** The offered language with this code, if any. */
    public static Optional<Language> fromCode(String code) {
        return Language.fromCode(code).filter(OfferedLanguages::offers);
    }

    /** The language itself if offered, else the first offered of its fallbacks (English, then German). */
    public static Language nearest(Language language) {
        return language.fallbacks().stream()
                .filter(OfferedLanguages::offers)
                .findFirst()
                .orElse(Language.defaultLanguage());
    }

    static boolean shipped(Language language) {
        return language == Language.defaultLanguage()
                || OfferedLanguages.class.getResource(BUNDLE_PATH + "_" + language.code() + ".properties") != null;
    }
}
