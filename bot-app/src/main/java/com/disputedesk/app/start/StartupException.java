package com.disputedesk.app.start;

/** The desk cannot start for a reason the operator can fix; the message is the one line to show them. */
public final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
