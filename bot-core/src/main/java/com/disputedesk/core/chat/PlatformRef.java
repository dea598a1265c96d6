package com.disputedesk.core.chat;

/**
 * An opaque platform handle the core carries back to the adapter that made it (a Telegram message id to edit,
 * a Discord interaction token). The core never reads {@link #value()}.
 */
public record PlatformRef(String value) {
    public PlatformRef {
        java.util.Objects.requireNonNull(value, "value");
    }
}
