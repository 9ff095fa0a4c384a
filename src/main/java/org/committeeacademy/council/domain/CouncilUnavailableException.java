package org.committeeacademy.council.domain;

/**
 * The council information system could not be read: unreachable, too slow, an error status, nonsense instead of
 * OParl, or more than the limits allow. The message key names the cause for people; the detail is for the log.
 */
public class CouncilUnavailableException extends RuntimeException {

    private final String messageKey;

    public CouncilUnavailableException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public CouncilUnavailableException(String messageKey, String detail, Throwable cause) {
        super(detail, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
