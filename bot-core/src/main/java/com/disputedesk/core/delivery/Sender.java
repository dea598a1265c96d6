package com.disputedesk.core.delivery;

/**
 * One platform's way to deliver a stored message: makes the call once, waits for the platform's answer (within a
 * timeout of its own) and sorts it into a {@link Verdict}. Runs on the delivery service's sender threads, never on
 * a platform library's event thread. An exception it throws counts as a failed try.
 *
 * @param <M> the platform's outbound message
 */
@FunctionalInterface
public interface Sender<M> {
    Verdict send(M message);
}
