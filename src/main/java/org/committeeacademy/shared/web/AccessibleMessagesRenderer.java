package org.committeeacademy.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' message boxes as a valid list: PrimeFaces gives each {@code <li>} {@code role="alert"}, which a list
 * item may not have (axe: {@code aria-allowed-role}, and then {@code list}: the list holds no list items any more).
 * The box around the list is already {@code aria-live}, so screen readers still announce every message.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages messages, FacesMessage message, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new NoRoleOnListItems(writer), messages, message, severity, escape);
    }

    /** Passes everything on except a {@code role} attribute of a {@code <li>}. */
    static final class NoRoleOnListItems extends ResponseWriterWrapper {

        private String element = "";

        NoRoleOnListItems(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("role".equals(name) && "li".equalsIgnoreCase(element)) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
