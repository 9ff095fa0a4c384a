package org.committeeacademy.certificate.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.committeeacademy.certificate.domain.Certificate;
import org.committeeacademy.cohort.domain.Cohort;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.progress.domain.SeriesProgress;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.Language;
import org.committeeacademy.shared.i18n.LocalFormats;

/**
 * What a certificate's PDF shows, read from the certificate, its cohort, its member and their progress, in the
 * member's language.
 */
final class CertificateContent {

    private CertificateContent() {}

    /** @param progress the member's progress: an optional module is listed only when they took it */
    static CertificatePdf.Data of(
            Certificate certificate, SeriesProgress progress, String baseUrl, CertificatePdf.Provider provider) {
        Cohort cohort = certificate.cohort();
        Language language = certificate.member().language();
        LocalFormats day = LocalFormats.of(language);
        List<String> listed = progress.certificateModules();
        List<String> modules = cohort.series().modules().stream()
                .filter(m -> listed.contains(m.key()))
                .map(m -> m.title().in(language) + dates(cohort, m.key(), day))
                .toList();
        Set<String> trainers = new LinkedHashSet<>();
        cohort.trainers().forEach(t -> trainers.add(t.name()));
        cohort.activeSessions()
                .forEach(s -> s.trainers().stream().map(Account::name).forEach(trainers::add));
        return new CertificatePdf.Data(
                certificate.member().name(),
                cohort.series().title().in(language),
                cohort.title(),
                modules,
                cohort.venue().name() + ", " + cohort.venue().city(),
                List.copyOf(trainers),
                certificate.issuedAt().atZone(AcademyTime.ZONE).toLocalDate(),
                certificate.code(),
                verificationUrl(baseUrl, certificate.code()),
                language.locale(),
                provider);
    }

    /** The public page that confirms the certificate; the configured public address wins over the request's. */
    static String verificationUrl(String baseUrl, String code) {
        String base = AcademySettings.current().publicUrl().orElse(baseUrl.replaceAll("/+$", ""));
        return base + "/verify.xhtml?code=" + code;
    }

    private static String dates(Cohort cohort, String moduleKey, LocalFormats day) {
        String dates = cohort.activeSessions().stream()
                .filter(s -> s.module().key().equals(moduleKey))
                .map(s -> day.date(s.start().toLocalDate()))
                .collect(Collectors.joining(", "));
        return dates.isEmpty() ? "" : " (" + dates + ")";
    }
}
