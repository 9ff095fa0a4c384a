package org.committeeacademy.survey.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.committeeacademy.curriculum.application.CurriculumCatalogue;
import org.committeeacademy.curriculum.application.SeriesView;
import org.committeeacademy.shared.domain.LocalizedText;
import org.committeeacademy.shared.web.LanguagePreference;
import org.committeeacademy.shared.web.PageMessages;
import org.committeeacademy.shared.web.Refusals;
import org.committeeacademy.survey.application.SurveyForms;
import org.committeeacademy.survey.domain.ItemKind;
import org.committeeacademy.survey.domain.SurveyItem;

/**
 * /staff/survey-form.xhtml: staff adapt a series' survey: wording in German and English, satisfaction items and
 * free-text questions added, removed (after a confirmation) and reordered. The five outcome items stay.
 */
@Named
@ViewScoped
public class SurveyFormPage implements Serializable {

    @Inject
    SurveyForms forms;

    @Inject
    CurriculumCatalogue catalogue;

    @Inject
    PageMessages messages;

    @Inject
    LanguagePreference language;

    private Long seriesId;
    private final List<Row> rows = new ArrayList<>();

    /** One item being edited; an empty key marks a new one. */
    public static class Row implements Serializable {
        private final String key;
        private final ItemKind kind;
        private String de;
        private String en;

        Row(String key, ItemKind kind, String de, String en) {
            this.key = key;
            this.kind = kind;
            this.de = de;
            this.en = en;
        }

        public String getKey() {
            return key;
        }

        public ItemKind getKind() {
            return kind;
        }

        public boolean isRemovable() {
            return kind != ItemKind.OUTCOME;
        }

        public String getDe() {
            return de;
        }

        public void setDe(String de) {
            this.de = de;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }
    }

    @PostConstruct
    void init() {
        List<SeriesView> series = getSeries();
        if (!series.isEmpty()) {
            seriesId = series.get(0).id();
            reload();
        }
    }

    public List<SeriesView> getSeries() {
        return catalogue.activeSeries();
    }

    public void reload() {
        rows.clear();
        if (seriesId != null) {
            forms.ofSeries(seriesId)
                    .items()
                    .forEach(i -> rows.add(
                            new Row(i.key(), i.kind(), i.label().de(), i.label().en())));
        }
    }

    public void addSatisfaction() {
        rows.add(firstAfter(ItemKind.SATISFACTION), new Row("", ItemKind.SATISFACTION, "", ""));
    }

    public void addFreeText() {
        rows.add(new Row("", ItemKind.FREE_TEXT, "", ""));
    }

    private int firstAfter(ItemKind kind) {
        int last = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind == kind) {
                last = i;
            }
        }
        return last + 1;
    }

    public void remove(int index) {
        if (rows.get(index).isRemovable()) {
            rows.remove(index);
        }
    }

    public void move(int index, int step) {
        int target = index + step;
        if (target >= 0 && target < rows.size()) {
            Collections.swap(rows, index, target);
        }
    }

    public void save() {
        if (messages.attempt(
                () -> forms.save(
                        seriesId,
                        rows.stream()
                                .map(r ->
                                        new SurveyItem(r.key, r.kind, new LocalizedText(orEmpty(r.de), orEmpty(r.en))))
                                .toList()),
                Refusals.onPage())) {
            reload();
            messages.info("survey.form.saved");
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String title(SeriesView series) {
        return series.title().in(language.current());
    }
}
