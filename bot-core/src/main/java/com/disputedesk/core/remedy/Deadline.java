package com.disputedesk.core.remedy;

import java.time.Duration;
import java.time.Instant;

/**
 * The platform's response deadline for a case.
 *
 * @param due      when the marketplace acts on its own (auto-refund, escalation)
 * @param what     what happens then, in English ("the requested amount is refunded automatically")
 * @param verified false when the playbook marks the window as not confirmed by the marketplace
 */
public record Deadline(Instant due, String what, boolean verified) {

    /** Time left at {@code now}; negative once passed. */
    public Duration left(Instant now) {
        return Duration.between(now, due);
    }
}
