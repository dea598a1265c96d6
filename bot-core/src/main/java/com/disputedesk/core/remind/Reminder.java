package com.disputedesk.core.remind;

import com.disputedesk.core.cases.DisputeCase;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One pending reminder: a row in the database, never a timer in memory. The id is a natural key (per marketplace
 * clock of a case one lead warning per lead time and one overdue alert; one follow-up per case, one digest per team),
 * so scheduling the same thing twice updates one row instead of adding a second.
 *
 * @param id         the natural key, short ASCII (it travels in button ids)
 * @param team       the team's id
 * @param caseId     the case's store id, 0 for a digest
 * @param caseNumber the case's number in its team, 0 for a digest
 * @param kind       what it is about
 * @param lead       for {@link ReminderKind#LEAD}: how long before the deadline; zero otherwise
 * @param dueAt      when it should go out
 * @param attempts   failed sends so far (drives the retry backoff)
 * @param clock      for a lead warning or an overdue alert: the marketplace clock it is about, as planned; empty
 *                   for the other kinds and for rows planned before cases had several clocks (those are about the
 *                   case's nearest running clock)
 */
public record Reminder(String id, String team, long caseId, int caseNumber, ReminderKind kind, Duration lead,
                       Instant dueAt, int attempts, Optional<ClockDue> clock) {
    /** Longest clock id kept whole in a reminder id: reminder ids travel in button ids of limited length. */
    static final int CLOCK_KEY_LENGTH = 20;

    public Reminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(clock, "clock");
    }

    /** A reminder about no particular clock. */
    public Reminder(String id, String team, long caseId, int caseNumber, ReminderKind kind, Duration lead,
                    Instant dueAt, int attempts) {
        this(id, team, caseId, caseNumber, kind, lead, dueAt, attempts, Optional.empty());
    }

    /**
     * The marketplace clock a deadline reminder was planned for.
     *
     * @param clock the clock's id in its marketplace
     * @param due   when the clock ran out when the reminder was planned; a restarted clock has another
     */
    public record ClockDue(String clock, Instant due) {
        public ClockDue {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(due, "due");
        }
    }

    /** The warning {@code lead} before {@code clock} runs out, due at {@code dueAt}. */
    public static Reminder lead(DisputeCase c, RunningClock clock, Duration lead, Instant dueAt) {
        return new Reminder(prefix(c, clock) + ".lead" + lead.toMinutes(), c.team(), c.id(), c.number().value(),
                ReminderKind.LEAD, lead, dueAt, 0, Optional.of(new ClockDue(clock.id(), clock.due())));
    }

    /** The alert that {@code clock} ran out, repeated until it stops; first due at {@code dueAt}. */
    public static Reminder overdue(DisputeCase c, RunningClock clock, Instant dueAt) {
        return new Reminder(prefix(c, clock) + ".overdue", c.team(), c.id(), c.number().value(), ReminderKind.OVERDUE,
                Duration.ZERO, dueAt, 0, Optional.of(new ClockDue(clock.id(), clock.due())));
    }

    /**
     * "c17.respond": the case and the clock. A clock id longer than {@link #CLOCK_KEY_LENGTH} is cut and marked
     * with a short hash of the whole id, so two long ids with one beginning stay apart.
     */
    private static String prefix(DisputeCase c, RunningClock clock) {
        String key = clock.id();
        if (key.length() > CLOCK_KEY_LENGTH) {
            key = key.substring(0, CLOCK_KEY_LENGTH - 5) + "~" + Integer.toHexString(key.hashCode() & 0xffff);
        }
        return "c" + c.id() + "." + key;
    }

    public static Reminder followUp(DisputeCase c, Instant dueAt) {
        return new Reminder("c" + c.id() + ".followup", c.team(), c.id(), c.number().value(), ReminderKind.FOLLOW_UP,
                Duration.ZERO, dueAt, 0);
    }

    public static Reminder digest(String team, Instant dueAt) {
        return new Reminder("d." + team, team, 0, 0, ReminderKind.DIGEST, Duration.ZERO, dueAt, 0);
    }

    public boolean isDigest() {
        return kind == ReminderKind.DIGEST;
    }
}
