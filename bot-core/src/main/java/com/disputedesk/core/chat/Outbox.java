package com.disputedesk.core.chat;

/**
 * The port every adapter implements to deliver what the core says. Implementations queue and deliver
 * within the platform's limits; {@link #send} must not lose a message once it returns.
 */
public interface Outbox {
    void send(Outgoing message);
}
