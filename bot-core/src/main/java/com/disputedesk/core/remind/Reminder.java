package com.disputedesk.core.remind;

import com.disputedesk.core.cases.DisputeCase;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One pending reminder: a row in the database, never a timer in memory. The id is a natural key (one lead
 * warning per lead time, one follow-up, one overdue alert per case, one digest per team), so scheduling the
 * same thing twice updates one row instead of adding a second.
 *
 * @param id         the natural key, short ASCII (it travels in button ids)
 * @param team       the team's id
 * @param caseId     the case's store id, 0 for a digest
 * @param caseNumber the case's number in its team, 0 for a digest
 * @param kind       what it is about
 * @param lead       for {@link ReminderKind#LEAD}: how long before the deadline; zero otherwise
 * @param dueAt      when it should go out
 * @param attempts   failed sends so far (drives the retry backoff)
 */
public record Reminder(String id, String team, long caseId, int caseNumber, ReminderKind kind, Duration lead,
                       Instant dueAt, int attempts) {
    public Reminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    public static Reminder lead(DisputeCase c, Duration lead, Instant dueAt) {
        return new Reminder("c" + c.id() + ".lead" + lead.toMinutes(), c.team(), c.id(), c.number().value(),
                ReminderKind.LEAD, lead, dueAt, 0);
    }

    public static Reminder overdue(DisputeCase c, Instant dueAt) {
        return new Reminder("c" + c.id() + ".overdue", c.team(), c.id(), c.number().value(), ReminderKind.OVERDUE,
                Duration.ZERO, dueAt, 0);
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
