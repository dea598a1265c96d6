package com.disputedesk.core.remedy;

import com.disputedesk.core.kernel.UiLanguage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One marketplace clock on one case, as its history leaves it.
 *
 * @param rule    the playbook's clock
 * @param status  whether it runs
 * @param started when it last started (empty when it never did)
 * @param due     when it runs out (empty when it never started)
 */
public record CaseClock(ClockRule rule, Status status, Optional<Instant> started, Optional<Instant> due) {

    /** Where a clock stands. */
    public enum Status {
        /** Nothing has started it yet (a return clock before a return is agreed). */
        NOT_STARTED,
        /** Counting down (or past its end, still not stopped: missed). */
        RUNNING,
        /** Something stopped it before or after it ran out; closing the case stops every clock. */
        STOPPED
    }

    public String id() {
        return rule.id();
    }

    public boolean running() {
        return status == Status.RUNNING;
    }

    /** Running and past its end at {@code now}. */
    public boolean missed(Instant now) {
        return running() && due.isPresent() && !due.get().isAfter(now);
    }

    /** Time left at {@code now}; negative once passed. Only for a clock that started. */
    public Duration left(Instant now) {
        return Duration.between(now, due.orElseThrow());
    }

    /** What the team must do before it runs out, in the team's language. */
    public String name(UiLanguage lang) {
        return rule.name().in(lang);
    }

    /** As a {@link Deadline}: for the places that show one deadline. */
    public Deadline deadline() {
        return new Deadline(due.orElseThrow(), rule.onMissed(), rule.verified());
    }
}
