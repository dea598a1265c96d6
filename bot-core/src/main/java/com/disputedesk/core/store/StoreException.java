package com.disputedesk.core.store;

/** A database operation failed; wraps the driver's checked {@link java.sql.SQLException}. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
