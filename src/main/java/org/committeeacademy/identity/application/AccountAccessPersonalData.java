package org.committeeacademy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Set;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.AccountRepository;
import org.committeeacademy.identity.domain.Ambassador;
import org.committeeacademy.identity.domain.AmbassadorRepository;
import org.committeeacademy.identity.domain.Invitation;
import org.committeeacademy.identity.domain.InvitationRepository;
import org.committeeacademy.identity.domain.OneTimeToken;
import org.committeeacademy.identity.domain.Referral;
import org.committeeacademy.identity.domain.Registration;
import org.committeeacademy.identity.domain.TokenRepository;
import org.committeeacademy.shared.json.Jsons;
import org.committeeacademy.shared.personaldata.PersonalDataSection;

/**
 * How the person got their account: invitations to their address, a pending registration, password-reset links
 * (when and until when, never the link), whether they are an ambassador and how many came through them (not who:
 * those are other people's data), and whether they came through one. Erasure deletes all of it and forgets the
 * person as inviter and as ambassador of others.
 */
@ApplicationScoped
public class AccountAccessPersonalData implements PersonalDataSection {

    @Inject
    AccountRepository accounts;

    @Inject
    InvitationRepository invitations;

    @Inject
    TokenRepository tokens;

    @Inject
    AmbassadorRepository ambassadors;

    @Override
    public String key() {
        return "accountAccess";
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Invitation.class, Registration.class, OneTimeToken.class, Ambassador.class, Referral.class);
    }

    @Override
    public JsonValue export(long accountId) {
        Account account = accounts.find(accountId).orElse(null);
        if (account == null) {
            return JsonValue.NULL;
        }
        JsonArrayBuilder invited = Jsons.createArrayBuilder();
        for (Invitation i : invitations.invitationsTo(account.email())) {
            invited.add(Jsons.createObjectBuilder()
                    .add("createdAt", i.createdAt().toString())
                    .add("role", i.role().name())
                    .add("status", i.status(Instant.now()).name()));
        }
        JsonArrayBuilder links = Jsons.createArrayBuilder();
        for (OneTimeToken t : tokens.ofAccount(accountId)) {
            JsonObjectBuilder link = Jsons.createObjectBuilder()
                    .add("purpose", t.purpose().name())
                    .add("createdAt", t.createdAt().toString())
                    .add("expiresAt", t.expiresAt().toString());
            if (t.usedAt() != null) {
                link.add("usedAt", t.usedAt().toString());
            }
            links.add(link);
        }
        JsonObjectBuilder section = Jsons.createObjectBuilder()
                .add("invitations", invited)
                .add("passwordResetLinks", links)
                .add(
                        "cameThroughAnAmbassador",
                        ambassadors.referralOf(accountId).isPresent());
        ambassadors
                .find(accountId)
                .ifPresent(a -> section.add(
                        "ambassador",
                        Jsons.createObjectBuilder()
                                .add("since", a.appointedAt().toString())
                                .add("code", a.code())
                                .add(
                                        "peopleWhoCameThrough",
                                        ambassadors.referralsBy(accountId).size())));
        return section.build();
    }

    /** Before the account's own section (which changes the address this one looks for). */
    @Override
    public void erase(long accountId) {
        accounts.find(accountId).ifPresent(a -> invitations.forget(a.email(), accountId));
        tokens.deleteOfAccount(accountId);
        ambassadors.find(accountId).ifPresent(ambassadors::remove);
        ambassadors.deleteReferralsOf(accountId);
    }
}
