package org.committeeacademy.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.committeeacademy.dashboard.domain.CheckInDistribution;
import org.committeeacademy.dashboard.export.DashboardTables;
import org.committeeacademy.shared.i18n.LocalFormats;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;

/** How the dashboard's pages write rates ("87,5 %" in German, "87.5%" in English, or "–" when there is none) and the steps of the goal scale. */
@Named
@RequestScoped
public class DashboardFormat {

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    public String shown(Double rate) {
        return LocalFormats.of(language.current()).percent(DashboardTables.percent(rate));
    }

    public List<Integer> steps() {
        return IntStream.rangeClosed(CheckInDistribution.LOWEST, CheckInDistribution.HIGHEST)
                .boxed()
                .toList();
    }

    public Function<String, String> getText() {
        return messages::text;
    }
}
