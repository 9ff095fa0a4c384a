package org.committeeacademy.shared.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Iterator;
import org.primefaces.csp.CspException;

/**
 * A page POST without the page's CSP nonce (a forged or stale form) is refused by PrimeFaces with an exception that,
 * unhandled, filled the log with a SEVERE stack trace per request. Here it is one short line and the friendly
 * "page expired" answer; every other exception goes on to PrimeFaces' handler (registered before this one).
 */
public class QuietRefusals extends ExceptionHandlerFactory {

    private static final System.Logger LOG = System.getLogger(QuietRefusals.class.getName());

    public QuietRefusals(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            boolean refused = false;
            for (Iterator<ExceptionQueuedEvent> events =
                            getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext(); ) {
                Throwable thrown = events.next().getContext().getException();
                if (isCspRefusal(thrown)) {
                    events.remove();
                    refused = true;
                }
            }
            if (refused) {
                FacesContext faces = FacesContext.getCurrentInstance();
                ExternalContext external = faces.getExternalContext();
                LOG.log(
                        Level.INFO,
                        "A page POST without a valid CSP nonce was refused ({0})",
                        external.getRequestServletPath());
                try {
                    external.redirect(external.getRequestContextPath() + "/error/expired.xhtml");
                    faces.responseComplete();
                } catch (IOException | IllegalStateException e) {
                    LOG.log(Level.DEBUG, "could not send the refusal", e);
                }
            }
            getWrapped().handle();
        }

        private static boolean isCspRefusal(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof CspException) {
                    return true;
                }
            }
            return false;
        }
    }
}
