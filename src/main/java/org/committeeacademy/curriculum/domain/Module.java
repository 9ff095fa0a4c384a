package org.committeeacademy.curriculum.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.committeeacademy.shared.domain.LocalizedText;

/** One curriculum unit (Baustein), e.g. "Understanding the local context". */
@Entity
@Table(name = "training_module")
public class Module {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_key")
    private String key;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "title_de")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    })
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "summary_de")),
        @AttributeOverride(name = "en", column = @Column(name = "summary_en"))
    })
    private LocalizedText summary;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    protected Module() {}

    public Module(String key, LocalizedText title, LocalizedText summary, int durationMinutes) {
        this.key = key;
        this.title = title;
        this.summary = summary;
        this.durationMinutes = durationMinutes;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText summary() {
        return summary;
    }

    public int durationMinutes() {
        return durationMinutes;
    }
}
