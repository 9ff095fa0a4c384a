package org.committeeacademy.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Iterator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drops the CDI view scope's record of every view whose view map Mojarra has already discarded, so a session keeps
 * at most as many of them as it keeps view maps.
 *
 * <p>Mojarra keeps at most {@code numberOfActiveViewMaps} (25) view maps per session and destroys the
 * {@code @ViewScoped} beans of the eldest when a new view needs one. Its {@code ViewScopeContextManager} also keeps a
 * small map per view in the session (which beans live in that view), and that one it never removes before the session
 * ends (Mojarra 4.0.11 in Payara 6.2025.10): every page view of a signed-in person left one behind, about 300 bytes,
 * ~910 more per 913 views of "My goals" on one session. With {@code <distributable/>} Mojarra stores that whole map in
 * the session again whenever a view is added, so in a cluster every new page view replicated all of them. Registered
 * in faces-config.xml; runs after each render.
 */
public class ViewScopeHousekeeping implements PhaseListener {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(ViewScopeHousekeeping.class.getName());

    /** Mojarra's view maps of a session, at most 25, the eldest dropped first ({@code ViewScopeManager}). */
    static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    /** Mojarra's record of the view-scoped beans per view map ({@code ViewScopeContextManager}). */
    static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    private static volatile boolean warned;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // a view's beans are made while it renders; what they leave behind is looked at afterwards
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        ExternalContext external = event.getFacesContext().getExternalContext();
        if (external.getSession(false) == null) {
            return;
        }
        Map<String, Object> session = external.getSessionMap();
        Object viewMaps = session.get(VIEW_MAPS);
        Object contexts = session.get(VIEW_CONTEXTS);
        if (contexts != null && !(contexts instanceof Map<?, ?> && viewMaps instanceof Map<?, ?>)) {
            warnOnce(viewMaps, contexts);
            return;
        }
        if (prune((Map<?, ?>) viewMaps, (Map<?, ?>) contexts)) {
            // stored again, so that a cluster replicates the smaller map (as Mojarra does when it adds one)
            session.put(VIEW_CONTEXTS, contexts);
        }
    }

    /**
     * Removes the records of views that have no view map any more; true when one was removed. Mojarra registers a
     * view's map before it records the view's beans (the record needs the map's id), so a record whose map is not
     * registered belongs to a discarded view, even while another request of the session adds a view.
     */
    static boolean prune(Map<?, ?> viewMaps, Map<?, ?> contexts) {
        if (viewMaps == null || contexts == null) {
            return false;
        }
        boolean removed = false;
        // the lock Mojarra takes when it adds a record
        synchronized (contexts) {
            for (Iterator<?> ids = contexts.keySet().iterator(); ids.hasNext(); ) {
                // containsKey, not get: a get would make the view map the most recently used one
                if (!viewMaps.containsKey(ids.next())) {
                    ids.remove();
                    removed = true;
                }
            }
        }
        return removed;
    }

    private static void warnOnce(Object viewMaps, Object contexts) {
        if (!warned) {
            warned = true;
            LOG.log(
                    Level.WARNING,
                    "Mojarra''s view scope records are not the maps expected ({0}, {1}): they are not pruned;"
                            + " a session keeps one per page view (see ViewScopeHousekeeping)",
                    new Object[] {type(viewMaps), type(contexts)});
        }
    }

    private static String type(Object value) {
        return value == null ? "none" : value.getClass().getName();
    }
}
