package org.committeeacademy.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A save refused because someone changed the object since the page was opened ({@code StaleVersionException}):
 * {@link PageMessages} shows "changed meanwhile by …" and keeps what was typed; the fragment stale-edit.xhtml then
 * offers to load the page again with the saved version ({@link #getReloadUrl}).
 */
@Named
@RequestScoped
public class StaleEdits {

    private boolean happened;

    void refused() {
        happened = true;
    }

    public boolean isHappened() {
        return happened;
    }

    /**
     * The page as the browser shows it (its address with the query, e.g. ?id=5, from the Referer of the postback),
     * only its path and query and only on this host, so the link can lead nowhere else; the view itself without one.
     */
    public String getReloadUrl() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String fallback = external.getRequestContextPath()
                + FacesContext.getCurrentInstance().getViewRoot().getViewId();
        String referer = external.getRequestHeaderMap().get("Referer");
        if (referer == null) {
            return fallback;
        }
        try {
            URI uri = new URI(referer);
            String host = external.getRequestServerName();
            String path = uri.getRawPath();
            if (!host.equalsIgnoreCase(uri.getHost())
                    || path == null
                    || !path.startsWith(external.getRequestContextPath() + "/")
                    || path.startsWith("//")) {
                return fallback;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return fallback;
        }
    }
}
