package org.committeeacademy.cohort.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.cohort.application.CohortCatalogue;
import org.committeeacademy.cohort.application.CohortOverview;
import org.committeeacademy.curriculum.application.CurriculumCatalogue;
import org.committeeacademy.curriculum.application.ModuleOutline;
import org.committeeacademy.curriculum.application.SeriesView;
import org.committeeacademy.shared.web.LanguagePreference;

/** The public start page: the series and the cohorts open for enrolment. */
@Named
@RequestScoped
public class StartPage {

    @Inject
    CurriculumCatalogue curriculum;

    @Inject
    CohortCatalogue cohorts;

    @Inject
    CatalogueFilter filter;

    @Inject
    LanguagePreference language;

    private List<CohortOverview> openCohorts;

    public List<SeriesView> getSeries() {
        return curriculum.activeSeries();
    }

    public List<CohortOverview> getOpenCohorts() {
        if (openCohorts == null) {
            openCohorts = cohorts.openCohorts();
        }
        return openCohorts;
    }

    /**
     * A module's summary in the page's language; in plain German its plain version where the module has one. From the
     * outline the curriculum keeps per language: parsing the module's content on every render cost most of the page.
     */
    public String summaryOf(SeriesView.ModuleView module) {
        return curriculum
                .outline(module.key(), language.current(), language.isPlain())
                .map(ModuleOutline::summary)
                .orElse(module.summary().in(language.current()));
    }

    /** The open cohorts the visitor's filter (organisation, city) keeps. */
    public List<CohortOverview> getFilteredCohorts() {
        return filter.apply(getOpenCohorts());
    }
}
