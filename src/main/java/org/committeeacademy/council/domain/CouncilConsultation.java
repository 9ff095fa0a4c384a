package org.committeeacademy.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Where a paper is consulted: a meeting's agenda item, by their OParl ids (the meeting may not be imported). */
@Entity
@Table(name = "council_consultation")
public class CouncilConsultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "paper_id")
    private CouncilPaper paper;

    @Column(name = "position_no")
    private int position;

    @Column(name = "meeting_oparl_id")
    private String meetingOparlId;

    @Column(name = "agenda_item_oparl_id")
    private String agendaItemOparlId;

    private boolean authoritative;

    private String role;

    protected CouncilConsultation() {}

    CouncilConsultation(
            CouncilPaper paper,
            int position,
            String meetingOparlId,
            String agendaItemOparlId,
            boolean authoritative,
            String role) {
        this.paper = paper;
        this.position = position;
        this.meetingOparlId = meetingOparlId;
        this.agendaItemOparlId = agendaItemOparlId;
        this.authoritative = authoritative;
        this.role = role;
    }

    public String meetingOparlId() {
        return meetingOparlId;
    }

    public String agendaItemOparlId() {
        return agendaItemOparlId;
    }

    public boolean authoritative() {
        return authoritative;
    }

    public String role() {
        return role;
    }
}
