package com.disputedesk.core.remind;

import java.time.Instant;

/**
 * How the scheduler waits for the next due reminder: the one place real time passes, kept behind a port so tests
 * drive the scheduler by calling {@link ReminderScheduler#runDue} with a hand-moved clock instead.
 */
public interface Waiter {

    /** Returns once the clock reaches {@code until}, or earlier when {@link #wake()} is called (also before). */
    void awaitUntil(Instant until) throws InterruptedException;

    /** Ends the current (or the next) wait early: a sooner reminder may have been scheduled. */
    void wake();
}
