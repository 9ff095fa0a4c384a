package org.committeeacademy.council.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A paper (motion, proposal, report) with the consultations it goes through. */
@Entity
@Table(name = "council_paper")
public class CouncilPaper {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id")
    private long committeeId;

    @Column(name = "oparl_id")
    private String oparlId;

    private String name;

    private String reference;

    @Column(name = "paper_date")
    private LocalDate date;

    @OneToMany(mappedBy = "paper", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CouncilConsultation> consultations = new ArrayList<>();

    protected CouncilPaper() {}

    public CouncilPaper(long committeeId, String oparlId) {
        this.committeeId = committeeId;
        this.oparlId = oparlId;
    }

    public void update(String name, String reference, LocalDate date, List<Consulted> consulted) {
        this.name = name;
        this.reference = reference;
        this.date = date;
        consultations.clear();
        int position = 0;
        for (Consulted c : consulted) {
            consultations.add(new CouncilConsultation(
                    this, position++, c.meetingOparlId(), c.agendaItemOparlId(), c.authoritative(), c.role()));
        }
    }

    /** A consultation as published: where (meeting, agenda item), whether it decides, and in which role. */
    public record Consulted(String meetingOparlId, String agendaItemOparlId, boolean authoritative, String role) {}

    public Long id() {
        return id;
    }

    public long committeeId() {
        return committeeId;
    }

    public String oparlId() {
        return oparlId;
    }

    public String name() {
        return name;
    }

    public String reference() {
        return reference;
    }

    public LocalDate date() {
        return date;
    }

    public List<CouncilConsultation> consultations() {
        return List.copyOf(consultations);
    }
}
