package org.committeeacademy.notification.domain;

import java.util.Optional;

/**
 * The page each mail links to, when its sender does not give one itself (invitations, password resets, surveys and
 * interest mails carry their own links with a secret): the course for a seat or a session, "My progress" for an
 * absence warning, the roster for the trainers' warning, "My goals" for a check-in, the catalogue after a declined
 * registration. The address in front is the configured public address (shared.config.PublicAddress), never the
 * request's host.
 */
public final class MailLinks {

    private MailLinks() {}

    /** The page's path (starting with "/") for the notice about this cohort (null where none); empty if none. */
    public static Optional<String> page(Notice notice, Long cohortId) {
        String cohort = cohortId == null ? null : String.valueOf(cohortId);
        return Optional.ofNullable(
                switch (notice) {
                    case ENROLMENT_CONFIRMED,
                            WAITLISTED,
                            MOVED_UP,
                            OFFERED,
                            DECLINED,
                            CANCELLED,
                            SESSION_MOVED,
                            SESSION_CANCELLED,
                            COHORT_CANCELLED,
                            SESSION_REMINDER -> cohort == null ? "/member/home.xhtml" : "/cohort.xhtml?id=" + cohort;
                    case COHORT_MESSAGE, WORKSHEET_REVIEWED -> "/member/home.xhtml";
                    case ABSENCE_WARNING, CERTIFICATE_ISSUED ->
                        cohort == null ? "/member/home.xhtml" : "/member/progress.xhtml?cohort=" + cohort;
                    case ABSENCE_WARNING_TRAINER ->
                        cohort == null ? "/trainer/home.xhtml" : "/team/roster.xhtml?id=" + cohort;
                    case GOAL_CHECK_IN_DUE -> "/member/goals.xhtml";
                    case REGISTRATION_DECLINED -> "/catalogue.xhtml";
                    default -> null;
                });
    }

    /** The absolute link: the public address (no trailing slash) and the page. */
    public static Optional<String> link(String publicAddress, Notice notice, Long cohortId) {
        return page(notice, cohortId).map(path -> publicAddress + path);
    }

    /** A worksheet's page, for the mail about its review. */
    public static String worksheet(String publicAddress, long worksheetId) {
        return publicAddress + "/member/worksheet.xhtml?id=" + worksheetId;
    }
}
