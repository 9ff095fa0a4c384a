package org.committeeacademy.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An item on a meeting's agenda; its result is what a paper's consultation there came to. */
@Entity
@Table(name = "council_agenda_item")
public class CouncilAgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "meeting_id")
    private CouncilMeeting meeting;

    @Column(name = "oparl_id")
    private String oparlId;

    @Column(name = "item_number")
    private String number;

    private String name;

    private String result;

    protected CouncilAgendaItem() {}

    CouncilAgendaItem(CouncilMeeting meeting, String oparlId, String number, String name, String result) {
        this.meeting = meeting;
        this.oparlId = oparlId;
        this.number = number;
        this.name = name;
        this.result = result;
    }

    public CouncilMeeting meeting() {
        return meeting;
    }

    public String oparlId() {
        return oparlId;
    }

    public String number() {
        return number;
    }

    public String name() {
        return name;
    }

    public String result() {
        return result;
    }
}
