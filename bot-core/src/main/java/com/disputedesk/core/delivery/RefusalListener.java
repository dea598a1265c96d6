package com.disputedesk.core.delivery;

/**
 * Told when a platform refused a message for good (after it is recorded as failed): the desk tells the team
 * where it can ({@code RefusalNotices}). Adapters pass their refusals on to it.
 */
@FunctionalInterface
public interface RefusalListener {
    void refused(Refusal refusal);

    /** Tells this listener, then {@code next} (even when this one failed: each has its own record to keep). */
    default RefusalListener andThen(RefusalListener next) {
        return refusal -> {
            try {
                refused(refusal);
            } finally {
                next.refused(refusal);
            }
        };
    }

    /** Tells nobody (the refusal is still recorded and logged). */
    static RefusalListener none() {
        return r -> {
        };
    }
}
