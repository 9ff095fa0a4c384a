package org.committeeacademy.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.ValidationException.Violation;

/**
 * A municipality's committee. Its name is unique regardless of case (two spellings were one committee when names were
 * typed); committees moved over from typed names may lack the AGS, a new one always has it.
 */
@Entity
public class Committee {

    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "name_key")
    private String nameKey;

    private String municipality;

    private String ags;

    @Enumerated(EnumType.STRING)
    private CommitteeKind kind;

    protected Committee() {}

    public Committee(String name, String municipality, String ags, CommitteeKind kind) {
        revise(name, municipality, ags, kind);
    }

    /** New name, municipality, code and kind, checked as for a new committee; nothing changes if one is wrong. */
    public final void revise(String name, String municipality, String ags, CommitteeKind kind) {
        List<Violation> problems = new ArrayList<>();
        String trimmedName = trimmed(name);
        if (trimmedName.isEmpty() || trimmedName.length() > MAX_NAME) {
            problems.add(new Violation("name", "committee.name.invalid"));
        }
        String trimmedMunicipality = trimmed(municipality);
        if (trimmedMunicipality.isEmpty() || trimmedMunicipality.length() > MAX_NAME) {
            problems.add(new Violation("municipality", "committee.municipality.invalid"));
        }
        String code = MunicipalityCode.parse(ags).orElse(null);
        if (code == null) {
            problems.add(new Violation("ags", "committee.ags.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        this.name = trimmedName;
        this.nameKey = keyOf(trimmedName);
        this.municipality = trimmedMunicipality;
        this.ags = code;
        this.kind = kind == null ? CommitteeKind.INTEGRATIONSRAT : kind;
    }

    /** How names are compared: "Integrationsrat Bonn" and "INTEGRATIONSRAT BONN " are the same committee. */
    public static String keyOf(String name) {
        return trimmed(name).toLowerCase(Locale.ROOT);
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.strip();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String municipality() {
        return municipality;
    }

    /** Null for a committee moved over from a typed name until staff add it. */
    public String ags() {
        return ags;
    }

    public CommitteeKind kind() {
        return kind;
    }
}
