package org.committeeacademy.committee.web;

import java.io.Serializable;
import org.committeeacademy.committee.domain.CommitteeKind;

/** What staff type for a new committee. */
public class CommitteeForm implements Serializable {

    private String name;
    private String municipality;
    private String ags;
    private CommitteeKind kind = CommitteeKind.AUSSCHUSS_CHANCENGERECHTIGKEIT;

    void clear() {
        name = null;
        municipality = null;
        ags = null;
        kind = CommitteeKind.AUSSCHUSS_CHANCENGERECHTIGKEIT;
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
