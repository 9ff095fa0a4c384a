package org.committeeacademy.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.committeeacademy.notification.application.NotificationPreferences;
import org.committeeacademy.notification.domain.Subscription;
import org.committeeacademy.shared.web.PageMessages;

/** A member's choice of the optional notifications they receive. */
@Named
@ViewScoped
public class NotificationSettings implements Serializable {

    @Inject
    NotificationPreferences preferences;

    @Inject
    PageMessages messages;

    private List<String> received = new ArrayList<>();

    @PostConstruct
    void init() {
        received =
                new ArrayList<>(preferences.received().stream().map(Enum::name).toList());
    }

    public void save() {
        Set<Subscription> wanted = EnumSet.noneOf(Subscription.class);
        Arrays.stream(Subscription.values())
                .filter(s -> received.contains(s.name()))
                .forEach(wanted::add);
        preferences.receiveOnly(wanted);
        messages.info("notifications.saved");
    }

    public List<String> getSubscriptions() {
        return Arrays.stream(Subscription.values()).map(Enum::name).toList();
    }

    public List<String> getReceived() {
        return received;
    }

    public void setReceived(List<String> received) {
        this.received = received == null ? new ArrayList<>() : new ArrayList<>(received);
    }
}
