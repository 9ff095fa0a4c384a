package org.committeeacademy.identity.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.application.SecondFactors;
import org.committeeacademy.identity.security.SecondStep;
import org.committeeacademy.shared.domain.ConflictException;
import org.committeeacademy.shared.domain.ValidationException;
import org.committeeacademy.shared.web.PageMessages;

/**
 * The signed-in person's second factor: set it up (secret and otpauth link for the app, then a first code), see the
 * recovery codes once, make new ones, or switch it off with a current code or the password.
 */
@Named
@ViewScoped
public class SecondFactorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecondFactors factors;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PageMessages messages;

    private SecondFactors.Setup setup;
    private List<String> recoveryCodes = List.of();
    private String code;
    private String proof;

    public SecondFactors.Status getStatus() {
        return factors.status(me());
    }

    public void start() {
        attempt(() -> setup = factors.begin(me()));
    }

    public void confirm() {
        attempt(() -> recoveryCodes = factors.confirm(me(), code)).ifPresent(done -> {
            setup = null;
            HttpSession session = (HttpSession)
                    FacesContext.getCurrentInstance().getExternalContext().getSession(false);
            if (session != null) {
                session.removeAttribute(SecondStep.SETUP_REQUIRED);
            }
            messages.info("mfa.enabled");
        });
        code = null;
    }

    public void regenerate() {
        attempt(() -> recoveryCodes = factors.regenerateRecoveryCodes(me(), code))
                .ifPresent(done -> messages.info("mfa.codes.regenerated"));
        code = null;
    }

    public void switchOff() {
        attempt(() -> {
                    factors.switchOff(me(), proof);
                    return Boolean.TRUE;
                })
                .ifPresent(done -> {
                    recoveryCodes = List.of();
                    messages.info("mfa.disabled");
                });
        proof = null;
    }

    private <T> Optional<T> attempt(Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (ValidationException e) {
            e.violations().forEach(v -> messages.error(null, v.messageKey()));
        } catch (ConflictException e) {
            messages.error(null, e.messageKey());
        }
        FacesContext.getCurrentInstance().validationFailed();
        return Optional.empty();
    }

    private long me() {
        return currentUser.require().id();
    }

    public SecondFactors.Setup getSetup() {
        return setup;
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    public String getGroupedSecret() {
        return setup == null ? "" : setup.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getProof() {
        return proof;
    }

    public void setProof(String proof) {
        this.proof = proof;
    }
}
