package org.committeeacademy.cohort.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.committeeacademy.cohort.application.CohortCatalogue;
import org.committeeacademy.cohort.application.CohortOverview;
import org.committeeacademy.curriculum.application.CurriculumCatalogue;
import org.committeeacademy.curriculum.application.ModuleMaterials;
import org.committeeacademy.curriculum.application.ModuleOutline;
import org.committeeacademy.curriculum.application.SeriesView;
import org.committeeacademy.shared.web.LanguagePreference;

/** The public catalogue: each series with its modules' objectives and agenda, and the cohorts open for enrolment. */
@Named
@RequestScoped
public class CataloguePage {

    @Inject
    CurriculumCatalogue curriculum;

    @Inject
    CohortCatalogue cohorts;

    @Inject
    CatalogueFilter filter;

    @Inject
    LanguagePreference language;

    @Inject
    ModuleMaterials handouts;

    public List<SeriesView> getSeries() {
        return curriculum.activeSeries();
    }

    public List<ModuleOutline> modulesOf(SeriesView series) {
        return series.modules().stream()
                .map(m -> curriculum.outline(m.key(), language.current(), language.isPlain()))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    /** Whether members complete the series without this module. */
    public boolean optional(SeriesView series, String moduleKey) {
        return series.modules().stream().anyMatch(m -> m.key().equals(moduleKey) && m.optional());
    }

    /** The module's handouts, those in the page's language first. */
    public List<ModuleMaterials.Handout> handoutsOf(String moduleKey) {
        return handouts.of(moduleKey, language.current());
    }

    public List<CohortOverview> getOpenCohorts() {
        return cohorts.openCohorts();
    }

    /** The open cohorts the visitor's filter (organisation, city) keeps. */
    public List<CohortOverview> getFilteredCohorts() {
        return filter.apply(getOpenCohorts());
    }
}
