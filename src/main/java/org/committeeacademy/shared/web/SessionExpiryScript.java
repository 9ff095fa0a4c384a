package org.committeeacademy.shared.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIOutput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Puts session-expired.js and its texts (in the page's language) on every page, without touching the templates: when
 * an Ajax action finds the session ended (the login mechanism answers 401 with {@code X-Academy-Session: expired}),
 * the script says so, keeps what was typed in the tab's sessionStorage and fills it in again after the new sign-in.
 * Registered in faces-config.xml for PreRenderViewEvent.
 */
public class SessionExpiryScript implements SystemEventListener {

    static final String SCRIPT_ID = "academySessionScript";
    static final String TEXTS_ID = "academySessionTexts";

    /**
     * The request-scoped bean's client proxy, looked up once: {@code CDI.current()} walks the caller's stack to find
     * its bean manager, which cost more than the rest of this listener on every page.
     */
    private volatile PageMessages messages;

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIViewRoot root = faces.getViewRoot();
        if (faces.getPartialViewContext().isAjaxRequest() || alreadyAdded(faces, root)) {
            return;
        }
        UIOutput script = (UIOutput) faces.getApplication().createComponent(UIOutput.COMPONENT_TYPE);
        script.setId(SCRIPT_ID);
        script.setRendererType("jakarta.faces.resource.Script");
        script.getAttributes().put("library", "academy");
        script.getAttributes().put("name", "js/session-expired.js");
        root.addComponentResource(faces, script, "body");

        HtmlOutputText texts = (HtmlOutputText) faces.getApplication().createComponent(HtmlOutputText.COMPONENT_TYPE);
        texts.setId(TEXTS_ID);
        texts.setEscape(false);
        texts.setValue(textsElement(messages()));
        root.addComponentResource(faces, texts, "body");
    }

    private PageMessages messages() {
        PageMessages proxy = messages;
        if (proxy == null) {
            proxy = CDI.current().select(PageMessages.class).get();
            messages = proxy;
        }
        return proxy;
    }

    private static boolean alreadyAdded(FacesContext faces, UIViewRoot root) {
        for (UIComponent resource : root.getComponentResources(faces, "body")) {
            if (SCRIPT_ID.equals(resource.getId())) {
                return true;
            }
        }
        return false;
    }

    /** A hidden element whose data attributes hold the script's texts, each escaped for an attribute value. */
    static String textsElement(PageMessages messages) {
        return "<div id=\"session-texts\" hidden=\"hidden\" data-expired=\""
                + attribute(messages.text("session.expired.ajax")) + "\" data-sign-in=\""
                + attribute(messages.text("session.expired.signIn")) + "\" data-restored=\""
                + attribute(messages.text("session.expired.restored")) + "\"></div>";
    }

    static String attribute(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
