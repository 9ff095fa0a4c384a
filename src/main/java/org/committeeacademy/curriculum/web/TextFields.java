package org.committeeacademy.curriculum.web;

import java.io.Serializable;
import org.committeeacademy.shared.domain.LocalizedText;

/** A title and a summary in German and English, as an editor form holds them. */
public class TextFields implements Serializable {

    private String titleDe = "";
    private String titleEn = "";
    private String summaryDe = "";
    private String summaryEn = "";

    static TextFields of(LocalizedText title, LocalizedText summary) {
        TextFields fields = new TextFields();
        fields.titleDe = title == null ? "" : title.de();
        fields.titleEn = title == null ? "" : title.en();
        fields.summaryDe = summary == null || summary.de() == null ? "" : summary.de();
        fields.summaryEn = summary == null || summary.en() == null ? "" : summary.en();
        return fields;
    }

    LocalizedText title() {
        return new LocalizedText(titleDe.trim(), titleEn.trim());
    }

    LocalizedText summary() {
        return new LocalizedText(summaryDe.trim(), summaryEn.trim());
    }

    public String getTitleDe() {
        return titleDe;
    }

    public void setTitleDe(String titleDe) {
        this.titleDe = titleDe == null ? "" : titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn == null ? "" : titleEn;
    }

    public String getSummaryDe() {
        return summaryDe;
    }

    public void setSummaryDe(String summaryDe) {
        this.summaryDe = summaryDe == null ? "" : summaryDe;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn == null ? "" : summaryEn;
    }
}
