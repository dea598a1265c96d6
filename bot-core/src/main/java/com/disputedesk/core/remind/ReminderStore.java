package com.disputedesk.core.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Durable reminders. A reminder is PENDING until due, then CLAIMED by one scheduler (a conditional update, so
 * two schedulers on one database never both take it) until that scheduler marks it SENT (a one-shot reminder;
 * its buttons still work: a snooze brings it back), rescheduled or retried; a claim whose lease ran out (its
 * scheduler died) may be claimed again. Stopped reminders (done, or their case moved on) are DONE for good. A
 * reminder whose message the platform refused is FAILED, with the platform's reason, and is not tried again.
 */
public interface ReminderStore {

    /** Stores {@code r} as pending at its due time, replacing any row with its id (and reviving a stopped one). */
    void schedule(Reminder r);

    /** Stores {@code r} as pending unless a row with its id exists, in any state. */
    void scheduleIfAbsent(Reminder r);

    /** The reminder with that id unless it was stopped (pending, claimed, or a one-shot already sent). */
    Optional<Reminder> active(String id);

    /** The case's reminders that were not stopped (pending, claimed, or one-shots already sent). */
    List<Reminder> activeOfCase(long caseId);

    /** Stops one reminder; false when it was not active. */
    boolean stop(String id);

    /** Stops the case's active reminders of those kinds. */
    void stopCase(long caseId, Set<ReminderKind> kinds);

    /**
     * Moves a reminder that was not stopped to {@code dueAt} (a snooze; a sent one-shot comes back), dropping any
     * claim; false when it was stopped.
     */
    boolean snooze(String id, Instant dueAt);

    /**
     * Claims up to {@code limit} reminders due at {@code now} (pending with due time reached, or claimed with an
     * expired lease), earliest first, for {@code claimant} until {@code leaseUntil}. {@code claimant} must be new
     * for every call: the reminders it returns are those claimed under it.
     */
    List<Reminder> claimDue(Instant now, String claimant, Instant leaseUntil, int limit);

    /** A claimed reminder is no longer wanted (stopped for good). No-op if the claim was lost. */
    void finish(String id, String claimant);

    /** A claimed reminder goes back to pending at {@code dueAt} (next repetition, held, or a retry). */
    void release(String id, String claimant, Instant dueAt, int attempts, Optional<String> error);

    /**
     * Applies what became of several reminders claimed under {@code claimant}, in one transaction (one commit for a
     * whole batch instead of one per reminder). Each is skipped if its claim was lost (stopped or snoozed meanwhile).
     */
    void settle(String claimant, List<Settlement> settlements);

    /**
     * What becomes of a claimed reminder.
     *
     * @param id       the reminder
     * @param nextDue  when it is due again; empty when it is over
     * @param sent     when it is over: true for a one-shot that was sent (SENT), false for stopped (DONE)
     * @param attempts failed sends so far
     * @param error    the last failure, if the send failed
     */
    record Settlement(String id, Optional<Instant> nextDue, boolean sent, int attempts, Optional<String> error) {
        /** Stopped for good: the case moved on, the team is gone. */
        public static Settlement finished(String id) {
            return new Settlement(id, Optional.empty(), false, 0, Optional.empty());
        }

        /** A one-shot reminder went out. */
        public static Settlement sent(String id) {
            return new Settlement(id, Optional.empty(), true, 0, Optional.empty());
        }

        /** Due again at {@code next}. */
        public static Settlement again(String id, Instant next, int attempts, Optional<String> error) {
            return new Settlement(id, Optional.of(next), false, attempts, error);
        }
    }

    /** Where a stored reminder stands. */
    enum Status {
        /** Waiting for its due time. */
        PENDING,
        /** Taken by a scheduler until its lease ends. */
        CLAIMED,
        /** A one-shot reminder went out. */
        SENT,
        /** Stopped for good. */
        DONE,
        /** Its message was refused by the platform; the row keeps the reason. */
        FAILED;

        /** Pending or claimed: it will still go out unless something stops it. */
        public boolean waiting() {
            return this == PENDING || this == CLAIMED;
        }
    }

    /**
     * A stored reminder with where it stands.
     *
     * @param error the last failure of its sending, or the platform's refusal when {@link Status#FAILED}
     */
    record Row(Reminder reminder, Status status, Optional<String> error) {
    }

    /** Every stored reminder of the case, in any state. */
    default List<Row> ofCase(long caseId) {
        return List.of();
    }

    /** The case reminders (no digests) still waiting to go out, pending or claimed, of every case. */
    default List<Reminder> waitingCaseReminders() {
        return List.of();
    }

    /**
     * Records that the platform refused the message of the reminder {@code id} (sent earlier): the row is FAILED
     * with {@code reason}, whatever state it was in unless stopped or sent again since; false when there was no
     * such row to mark.
     */
    default boolean refused(String id, String reason) {
        return false;
    }

    /** When the scheduler must next look: the earliest pending due time or claim lease end. */
    Optional<Instant> nextDue();

    /** Whether the digest of local {@code day} already went to the chat {@code chatKey} of {@code team}. */
    default boolean digestSent(String team, String chatKey, LocalDate day) {
        return false;
    }

    /** Records that the digest of local {@code day} went to the chat {@code chatKey} of {@code team}. */
    default void markDigestSent(String team, String chatKey, LocalDate day, Instant at) {
    }

    /** A store that keeps nothing: reminders are off (for an engine built without a database for them). */
    static ReminderStore none() {
        return NoReminders.INSTANCE;
    }
}
