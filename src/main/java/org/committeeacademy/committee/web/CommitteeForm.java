package org.committeeacademy.committee.web;

import java.io.Serializable;
import org.committeeacademy.committee.domain.Committee;
import org.committeeacademy.committee.domain.CommitteeKind;

/** What staff type for a new committee, or to correct one. */
public class CommitteeForm implements Serializable {

    private Long editing;
    private String name;
    private String municipality;
    private String ags;
    private CommitteeKind kind = CommitteeKind.AUSSCHUSS_CHANCENGERECHTIGKEIT;

    void clear() {
        editing = null;
        name = null;
        municipality = null;
        ags = null;
        kind = CommitteeKind.AUSSCHUSS_CHANCENGERECHTIGKEIT;
    }

    /** Fills the form with a committee to correct. */
    void edit(Committee committee) {
        editing = committee.id();
        name = committee.name();
        municipality = committee.municipality();
        ags = committee.ags();
        kind = committee.kind();
    }

    public Long getEditing() {
        return editing;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getAgs() {
        return ags;
    }

    public void setAgs(String ags) {
        this.ags = ags;
    }

    public CommitteeKind getKind() {
        return kind;
    }

    public void setKind(CommitteeKind kind) {
        this.kind = kind;
    }
}
