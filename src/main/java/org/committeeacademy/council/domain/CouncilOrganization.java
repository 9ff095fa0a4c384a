package org.committeeacademy.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the body's organizations (committees, the council, factions), offered to staff as "our committee". */
@Entity
@Table(name = "council_organization")
public class CouncilOrganization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id")
    private long committeeId;

    @Column(name = "oparl_id")
    private String oparlId;

    private String name;

    protected CouncilOrganization() {}

    public CouncilOrganization(long committeeId, String oparlId, String name) {
        this.committeeId = committeeId;
        this.oparlId = oparlId;
        this.name = name;
    }

    public String oparlId() {
        return oparlId;
    }

    public String name() {
        return name;
    }
}
