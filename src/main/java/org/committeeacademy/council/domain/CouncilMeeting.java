package org.committeeacademy.council.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A meeting of the committee or the council as the council information system published it, with its items. */
@Entity
@Table(name = "council_meeting")
public class CouncilMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_id")
    private long committeeId;

    @Column(name = "oparl_id")
    private String oparlId;

    @Enumerated(EnumType.STRING)
    private Organ organ;

    private String name;

    @Column(name = "start_at")
    private Instant start;

    @Column(name = "end_at")
    private Instant end;

    private String location;

    private boolean cancelled;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CouncilAgendaItem> agendaItems = new ArrayList<>();

    protected CouncilMeeting() {}

    public CouncilMeeting(long committeeId, String oparlId) {
        this.committeeId = committeeId;
        this.oparlId = oparlId;
    }

    /** Takes the published state; the items are replaced by the published ones. */
    public void update(
            Organ organ,
            String name,
            Instant start,
            Instant end,
            String location,
            boolean cancelled,
            List<Item> items) {
        this.organ = organ;
        this.name = name;
        this.start = start;
        this.end = end;
        this.location = location;
        this.cancelled = cancelled;
        agendaItems.clear();
        for (Item item : items) {
            agendaItems.add(new CouncilAgendaItem(this, item.oparlId(), item.number(), item.name(), item.result()));
        }
    }

    /** An agenda item as published: its id, number, name and result (null while none is recorded). */
    public record Item(String oparlId, String number, String name, String result) {}

    public Long id() {
        return id;
    }

    public String oparlId() {
        return oparlId;
    }

    public Organ organ() {
        return organ;
    }

    public String name() {
        return name;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    public String location() {
        return location;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public List<CouncilAgendaItem> agendaItems() {
        return List.copyOf(agendaItems);
    }
}
