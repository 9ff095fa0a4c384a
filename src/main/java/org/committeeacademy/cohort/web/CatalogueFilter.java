package org.committeeacademy.cohort.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.committeeacademy.cohort.application.CohortOverview;
import org.committeeacademy.organisation.application.Organisations;
import org.committeeacademy.shared.web.LanguagePreference;

/**
 * The filter above the open cohorts on the start page and the catalogue: by organisation and by city, as a plain GET
 * form (?organisation=&amp;city=), so a filtered list can be bookmarked and works without JavaScript.
 */
@Named
@RequestScoped
public class CatalogueFilter {

    @Inject
    Organisations organisations;

    @Inject
    LanguagePreference language;

    private Map<Long, String> names;

    /** The organisations that have open cohorts, by name. */
    public List<Map.Entry<Long, String>> organisationsOf(List<CohortOverview> open) {
        return open.stream()
                .map(CohortOverview::organisationId)
                .filter(Objects::nonNull)
                .distinct()
                .map(id -> Map.entry(id, organisationName(id)))
                .sorted(Map.Entry.comparingByValue(collator()))
                .toList();
    }

    public List<String> citiesOf(List<CohortOverview> open) {
        return open.stream()
                .map(CohortOverview::city)
                .filter(c -> c != null && !c.isBlank())
                .distinct()
                .sorted(collator())
                .toList();
    }

    public List<CohortOverview> apply(List<CohortOverview> open) {
        Long organisation = getOrganisation();
        String city = getCity();
        return open.stream()
                .filter(c -> organisation == null || organisation.equals(c.organisationId()))
                .filter(c -> city == null || city.equalsIgnoreCase(c.city()))
                .toList();
    }

    public boolean isActive() {
        return getOrganisation() != null || getCity() != null;
    }

    public String organisationName(Long id) {
        if (names == null) {
            names = organisations.names();
        }
        return id == null ? "" : names.getOrDefault(id, "");
    }

    /** The chosen organisation; an unknown or malformed value filters nothing instead of failing the page. */
    public Long getOrganisation() {
        String value = parameter("organisation");
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getCity() {
        return parameter("city");
    }

    private static String parameter(String name) {
        String value = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Collator collator() {
        return Collator.getInstance(language.current().locale());
    }
}
