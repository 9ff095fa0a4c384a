package org.committeeacademy.organisation.web;

import java.io.Serializable;
import org.committeeacademy.organisation.domain.Organisation;
import org.committeeacademy.organisation.domain.OrganisationDetails;

/** What the organisation form holds between requests, so refused input stays as typed; an id when editing. */
public class OrganisationForm implements Serializable {

    private Long id;
    private String name;
    private String city;
    private String address;
    private String privacyContact;
    private String mailSender;
    private String colour;

    static OrganisationForm of(Organisation o) {
        OrganisationForm form = new OrganisationForm();
        form.id = o.id();
        form.name = o.name();
        form.city = o.city();
        form.address = o.address();
        form.privacyContact = o.privacyContact();
        form.mailSender = o.mailSender();
        form.colour = o.colour();
        return form;
    }

    OrganisationDetails toDetails() {
        return new OrganisationDetails(name, city, address, privacyContact, mailSender, colour);
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPrivacyContact() {
        return privacyContact;
    }

    public void setPrivacyContact(String privacyContact) {
        this.privacyContact = privacyContact;
    }

    public String getMailSender() {
        return mailSender;
    }

    public void setMailSender(String mailSender) {
        this.mailSender = mailSender;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }
}
