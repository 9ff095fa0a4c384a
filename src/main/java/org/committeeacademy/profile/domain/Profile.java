package org.committeeacademy.profile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.domain.ValidationException.Violation;

/**
 * What a person tells about themselves beyond their account: where and in which role they sit on a committee, how
 * to reach them, and, only while they consent, their accessibility needs and what they offer the others.
 * (The committee's name belongs to the goal feature, which decides by it whose goals are shared.)
 */
@Entity
@Table(name = "member_profile")
public class Profile {

    public static final int MAX_MUNICIPALITY = 200;
    public static final int MAX_PHONE = 50;
    public static final int MAX_NEEDS = 2000;
    public static final int MAX_TALENTS = 2000;
    public static final int MAX_LANGUAGES = 500;

    @Id
    @Column(name = "account_id")
    private long accountId;

    private String municipality;

    @Enumerated(EnumType.STRING)
    @Column(name = "committee_role")
    private CommitteeRole committeeRole;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "accessibility_needs")
    private String accessibilityNeeds;

    private String talents;

    @Column(name = "languages_offered")
    private String languagesOffered;

    @Enumerated(EnumType.STRING)
    @Column(name = "talents_visibility")
    private TalentVisibility talentsVisibility = TalentVisibility.NOBODY;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    @Column(name = "row_version")
    private long version;

    protected Profile() {}

    public Profile(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    /** Checks every field first, so a refused change leaves the profile as it was and names each problem. */
    public void describe(ProfileDetails details, Instant now) {
        List<Violation> problems = new ArrayList<>();
        check(details.municipality(), MAX_MUNICIPALITY, "municipality", problems);
        check(details.contactPhone(), MAX_PHONE, "contactPhone", problems);
        if (details.contactPhone() != null
                && !details.contactPhone().isBlank()
                && !details.contactPhone().strip().matches("[+0-9 ()/\\-]{3,50}")) {
            problems.add(new Violation("contactPhone", "profile.phone.invalid"));
        }
        check(details.accessibilityNeeds(), MAX_NEEDS, "accessibilityNeeds", problems);
        check(details.talents(), MAX_TALENTS, "talents", problems);
        check(details.languagesOffered(), MAX_LANGUAGES, "languagesOffered", problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        this.municipality = blankToNull(details.municipality());
        this.committeeRole = details.committeeRole();
        this.contactPhone = blankToNull(details.contactPhone());
        this.updatedAt = now;
    }

    /** The needs are kept only with the person's consent; without it nothing of what they typed is stored. */
    public void shareNeeds(String needs, boolean consented) {
        this.accessibilityNeeds = consented ? blankToNull(needs) : null;
    }

    /** Talents and languages are kept, and shown as chosen, only with the person's consent. */
    public void offerTalents(String newTalents, String languages, TalentVisibility visibility, boolean consented) {
        if (!consented) {
            forgetTalents();
            return;
        }
        this.talents = blankToNull(newTalents);
        this.languagesOffered = blankToNull(languages);
        this.talentsVisibility = Objects.requireNonNullElse(visibility, TalentVisibility.NOBODY);
    }

    /** After erasure: nothing that describes the person remains. */
    public void forgetAll() {
        municipality = null;
        committeeRole = null;
        contactPhone = null;
        accessibilityNeeds = null;
        forgetTalents();
    }

    private void forgetTalents() {
        this.talents = null;
        this.languagesOffered = null;
        this.talentsVisibility = TalentVisibility.NOBODY;
    }

    public boolean offersSomething() {
        return talents != null || languagesOffered != null;
    }

    private static void check(String value, int max, String field, List<Violation> problems) {
        if (value != null && value.strip().length() > max) {
            problems.add(new Violation(field, "profile.tooLong"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public long accountId() {
        return accountId;
    }

    public String municipality() {
        return municipality;
    }

    public CommitteeRole committeeRole() {
        return committeeRole;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String accessibilityNeeds() {
        return accessibilityNeeds;
    }

    public String talents() {
        return talents;
    }

    public String languagesOffered() {
        return languagesOffered;
    }

    public TalentVisibility talentsVisibility() {
        return talentsVisibility;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
