package org.committeeacademy.material.domain;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.cohort.domain.Session;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.ValidationException.Violation;

/** What the uploader tells about a material; checked against the cohort it is added to. */
public record MaterialDetails(
        String title,
        String description,
        Language language,
        String moduleKey,
        Session session,
        Visibility visibility,
        Instant visibleFrom) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;

    public MaterialDetails {
        title = title == null ? "" : title.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        moduleKey = moduleKey == null || moduleKey.isBlank() ? null : moduleKey.strip();
        visibility = visibility == null ? Visibility.VISIBLE_FROM : visibility;
    }

    void check(Cohort cohort) {
        List<Violation> violations = new ArrayList<>();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            violations.add(new Violation("title", "material.title.invalid"));
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            violations.add(new Violation("description", "material.description.tooLong"));
        }
        if (language == null) {
            violations.add(new Violation("language", "material.language.invalid"));
        }
        if (session != null && !session.cohort().id().equals(cohort.id())) {
            violations.add(new Violation("sessionId", "material.session.unknown"));
        }
        if (moduleKey != null
                && cohort.series().modules().stream().noneMatch(m -> m.key().equals(moduleKey))) {
            violations.add(new Violation("moduleKey", "material.module.unknown"));
        }
        if (visibility == Visibility.AFTER_SESSION && session == null) {
            violations.add(new Violation("visibility", "material.visibility.needsSession"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** A link must be an absolute https address with a host. */
    static String checkedLink(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            if ("https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null
                    && uri.toString().length() <= 2000) {
                return uri.toString();
            }
        } catch (java.net.URISyntaxException e) {
            // answered below
        }
        throw new ValidationException("url", "material.url.invalid");
    }
}
