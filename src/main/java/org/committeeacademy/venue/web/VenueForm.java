package org.committeeacademy.venue.web;

import java.io.Serializable;
import org.committeeacademy.venue.domain.Accessibility;
import org.committeeacademy.venue.domain.VenueDetails;

/** What the venue editor's form holds between requests, so refused input stays as typed. */
public class VenueForm implements Serializable {

    private String name;
    private String street;
    private String postalCode;
    private String city;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String openingNotes;
    private String publicTransport;
    private boolean stepFreeAccess;
    private boolean accessibleToilet;
    private boolean hearingLoop;
    private String accessibilityNotes;

    static VenueForm of(VenueDetails d) {
        VenueForm form = new VenueForm();
        form.name = d.name();
        form.street = d.street();
        form.postalCode = d.postalCode();
        form.city = d.city();
        form.contactName = d.contactName();
        form.contactEmail = d.contactEmail();
        form.contactPhone = d.contactPhone();
        form.openingNotes = d.openingNotes();
        form.publicTransport = d.publicTransport();
        form.stepFreeAccess = d.accessibility().stepFreeAccess();
        form.accessibleToilet = d.accessibility().accessibleToilet();
        form.hearingLoop = d.accessibility().hearingLoop();
        form.accessibilityNotes = d.accessibility().notes();
        return form;
    }

    VenueDetails toDetails() {
        return new VenueDetails(
                name,
                street,
                postalCode,
                city,
                contactName,
                contactEmail,
                contactPhone,
                openingNotes,
                publicTransport,
                new Accessibility(stepFreeAccess, accessibleToilet, hearingLoop, accessibilityNotes));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getOpeningNotes() {
        return openingNotes;
    }

    public void setOpeningNotes(String openingNotes) {
        this.openingNotes = openingNotes;
    }

    public String getPublicTransport() {
        return publicTransport;
    }

    public void setPublicTransport(String publicTransport) {
        this.publicTransport = publicTransport;
    }

    public boolean isStepFreeAccess() {
        return stepFreeAccess;
    }

    public void setStepFreeAccess(boolean stepFreeAccess) {
        this.stepFreeAccess = stepFreeAccess;
    }

    public boolean isAccessibleToilet() {
        return accessibleToilet;
    }

    public void setAccessibleToilet(boolean accessibleToilet) {
        this.accessibleToilet = accessibleToilet;
    }

    public boolean isHearingLoop() {
        return hearingLoop;
    }

    public void setHearingLoop(boolean hearingLoop) {
        this.hearingLoop = hearingLoop;
    }

    public String getAccessibilityNotes() {
        return accessibilityNotes;
    }

    public void setAccessibilityNotes(String accessibilityNotes) {
        this.accessibilityNotes = accessibilityNotes;
    }
}
