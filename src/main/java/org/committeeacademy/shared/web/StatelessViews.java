package org.committeeacademy.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The public pages render without view state for visitors who are not signed in, so such a visit creates no session.
 *
 * <p>This is decided here, right after the view is created or restored, and not with {@code f:view transient} in the
 * template: PrimeFaces' CSP listener asks for the page's script nonce before the render phase builds the page, and it
 * keeps the nonce in the view map of any view not yet marked transient, which opens a session for every anonymous
 * visit (every crawler's hit and every rush on the start page held a session for 15 minutes). Registered in
 * faces-config.xml. The template's {@code f:view transient="#{statelessViews.current}"} applies the same rule when a
 * page is built, which is also when a form sent from a stateless page is restored (Mojarra refuses to restore a
 * stateless page whose build does not mark it transient).
 */
@Named
@ApplicationScoped
public class StatelessViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The pages anyone may read; their forms (filters, language switch) work without view state. */
    static final Set<String> PUBLIC_VIEWS = Set.of(
            "/index.xhtml",
            "/catalogue.xhtml",
            "/cohort.xhtml",
            "/glossary.xhtml",
            "/module-material.xhtml",
            "/privacy.xhtml",
            "/accessibility.xhtml",
            "/interest.xhtml",
            "/error/403.xhtml",
            "/error/404.xhtml",
            "/error/410.xhtml",
            "/error/500.xhtml",
            "/error/expired.xhtml");

    /** Pages opened from a link in a mail (a certificate's check, a confirmation): stateless for everyone. */
    static final Set<String> LINK_VIEWS = Set.of("/verify.xhtml", "/interest-confirm.xhtml");

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot root = faces.getViewRoot();
        if (root != null
                && isStateless(root.getViewId(), faces.getExternalContext().getUserPrincipal() != null)) {
            root.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view exists
    }

    /** For the template: whether the page being built keeps no view state. */
    public boolean isCurrent() {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIViewRoot root = faces.getViewRoot();
        return root != null
                && isStateless(root.getViewId(), faces.getExternalContext().getUserPrincipal() != null);
    }

    static boolean isStateless(String viewId, boolean signedIn) {
        return LINK_VIEWS.contains(viewId) || !signedIn && PUBLIC_VIEWS.contains(viewId);
    }
}
