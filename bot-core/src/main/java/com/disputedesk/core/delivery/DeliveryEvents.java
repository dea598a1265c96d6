package com.disputedesk.core.delivery;

import java.time.Instant;

/**
 * Told what became of delivered and refused messages: the benchmark measures latency with the first, the
 * refusal notices tell the team about the second.
 *
 * @param <M> the platform's outbound message
 */
public interface DeliveryEvents<M> {

    default void delivered(M message, Instant at) {
    }

    /** Called once per refused message, after it is recorded as failed. */
    default void refused(M message, Refusal refusal) {
    }

    static <M> DeliveryEvents<M> none() {
        return new DeliveryEvents<>() {
        };
    }
}
