package com.disputedesk.core.kernel;

import java.util.function.Supplier;

/**
 * Runs several store changes as one all-or-nothing unit, whatever stores they touch (a case, its reminders, the
 * draft it came from). A unit started inside another joins it: nothing of either is kept unless the outermost one
 * finishes. A unit that throws undoes its own changes (and, unless the caller catches the exception, the outer
 * unit's too).
 *
 * <p>Work inside a unit should only change stores: what the outside world sees (a reply, waking a thread) belongs
 * in {@link #afterCommit(Runnable)}, so it never tells of a change that was then undone.
 */
public interface Transactions {

    /** Runs {@code work} as one unit and returns its result; its changes are kept only if it returns. */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} as one unit. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code action} once the current outermost unit is kept; at once when no unit is running. Dropped when
     * the unit is undone. A failing action is logged by the implementation and does not undo anything.
     */
    void afterCommit(Runnable action);

    /** No units at all: each store change stands alone (stores kept in memory, tests of one store). */
    static Transactions none() {
        return None.INSTANCE;
    }

    /** {@link #none()}. */
    enum None implements Transactions {
        INSTANCE;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }

        @Override
        public void afterCommit(Runnable action) {
            action.run();
        }
    }
}
