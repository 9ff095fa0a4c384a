package org.committeeacademy.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A provider that runs cohorts, e.g. a VHS. Never deleted: its venues, cohorts and people's records keep pointing to
 * it, so it is deactivated instead and then takes no new venues or accounts.
 */
@Entity
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String city;
    private String address;

    @Column(name = "privacy_contact")
    private String privacyContact;

    @Column(name = "mail_sender")
    private String mailSender;

    private String colour;

    private boolean active = true;

    /** The logo as Base64 PNG (see {@link OrganisationLogo}); null without one. */
    @Column(name = "logo_png")
    private String logoPng;

    @Version
    @Column(name = "row_version")
    private long version;

    protected Organisation() {}

    public Organisation(OrganisationDetails details) {
        edit(details);
    }

    public void edit(OrganisationDetails details) {
        details.validate();
        this.name = details.name();
        this.city = details.city();
        this.address = details.address();
        this.privacyContact = details.privacyContact();
        this.mailSender = details.mailSender();
        this.colour = details.colour();
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(name, city, address, privacyContact, mailSender, colour);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String city() {
        return city;
    }

    public String address() {
        return address;
    }

    public String privacyContact() {
        return privacyContact;
    }

    public String mailSender() {
        return mailSender;
    }

    public String colour() {
        return colour;
    }

    public boolean isActive() {
        return active;
    }

    /** A logo checked and re-encoded by {@link OrganisationLogo#stored}. */
    public void changeLogo(byte[] upload) {
        this.logoPng = OrganisationLogo.stored(upload);
    }

    public void removeLogo() {
        this.logoPng = null;
    }

    public boolean hasLogo() {
        return logoPng != null;
    }

    /** The logo as PNG bytes; empty without one. */
    public java.util.Optional<byte[]> logo() {
        return java.util.Optional.ofNullable(logoPng).map(OrganisationLogo::bytes);
    }
}
