package org.committeeacademy.profile.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.committeeacademy.profile.application.MyProfile;

/**
 * The home pages' banner "privacy notice updated": shown until the signed-in person acknowledges the current
 * version, which is recorded as a consent of kind PRIVACY_NOTICE. It never blocks anything.
 */
@Named
@RequestScoped
public class PrivacyBanner {

    @Inject
    MyProfile profile;

    private Boolean shown;

    public boolean isShown() {
        if (shown == null) {
            shown = profile.privacyNoticeToAcknowledge();
        }
        return shown;
    }

    public void acknowledge() {
        profile.acknowledgePrivacyNotice();
        shown = false;
    }
}
