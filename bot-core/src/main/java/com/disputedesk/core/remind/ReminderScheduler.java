package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.team.QuietHours;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import com.disputedesk.core.team.UiLanguage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends reminders when they fall due. The essential step is {@link #runDue(Instant)}: claim what is due (a
 * conditional update, so two schedulers on one database never both send a reminder), decide for each (send,
 * hold for quiet hours, drop because the case moved on), send through the outbox, then mark it: finished,
 * rescheduled (repeating kinds), or back to pending with a backoff when the send failed.
 *
 * <p>The loop started by {@link #start()} calls {@code runDue}, asks the store for the next due time and sleeps
 * until then through the {@link Waiter}; scheduling something sooner wakes it. There is no per-reminder timer:
 * memory does not grow with the number of pending reminders.
 *
 * <p>Delivery is at least once: reminders are marked after they were sent, a claimed batch in one transaction, so
 * a crash between sending and marking sends those of the batch once more when their claim lease runs out. Never
 * more: the repeat is claimed and marked like any other.
 */
public final class ReminderScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);
    private static final int DIGEST_CASES = 500;

    private final ReminderStore store;
    private final CaseStore cases;
    private final TeamDirectory teams;
    private final TeamSettings settings;
    private final DeadlineSource deadlines;
    private final Outbox outbox;
    private final Clock clock;
    private final Waiter waiter;
    private final SchedulerConfig config;
    private final ReminderPlanner planner;
    private final ReminderTexts texts = new ReminderTexts();
    private final String name = "s-" + UUID.randomUUID();
    private final java.util.concurrent.atomic.AtomicLong batches = new java.util.concurrent.atomic.AtomicLong();
    private Thread thread;
    private volatile boolean running;

    public ReminderScheduler(ReminderStore store, CaseStore cases, TeamDirectory teams, TeamSettings settings,
                             DeadlineSource deadlines, Outbox outbox, Clock clock, Waiter waiter,
                             SchedulerConfig config) {
        this.store = store;
        this.cases = cases;
        this.teams = teams;
        this.settings = settings;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.clock = clock;
        this.waiter = waiter;
        this.config = config;
        this.planner = new ReminderPlanner(store, teams, settings, deadlines, clock, waiter::wake);
    }

    /** The planner whose changes wake this scheduler. */
    public ReminderPlanner planner() {
        return planner;
    }

    /** Ends the current wait early: something sooner may be due. */
    public void wake() {
        waiter.wake();
    }

    /**
     * Sends everything due at {@code now}, batch by batch until nothing due is left.
     *
     * @return how many reminders were sent
     */
    public int runDue(Instant now) {
        int sent = 0;
        while (true) {
            Batch claim = new Batch(name + "/" + batches.incrementAndGet());
            List<Reminder> claimed = store.claimDue(now, claim.claimant, now.plus(config.lease()), config.batch());
            for (Reminder r : claimed) {
                sent += process(r, claim, now) ? 1 : 0;
            }
            try {
                store.settle(claim.claimant, claim.settlements);
            } catch (RuntimeException e) {
                // The claims run out and these reminders are claimed again: sent ones go out once more.
                log.error("could not mark {} reminders; those sent may go out once more", claimed.size(), e);
            }
            if (claimed.size() < config.batch()) {
                return sent;
            }
        }
    }

    /** When the next reminder falls due (or a lost claim may be taken over). */
    public Optional<Instant> nextDue() {
        return store.nextDue();
    }

    /** Starts the loop on its own thread; makes sure every team's digest is scheduled first. */
    public synchronized void start() {
        if (running) {
            return;
        }
        planner.ensureDigests();
        running = true;
        thread = new Thread(this::loop, "reminders");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the loop and waits for it to finish the reminder it is sending. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
            thread = null;
        }
        if (t != null) {
            waiter.wake();
            t.interrupt();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        while (running) {
            try {
                runDue(clock.instant());
                Instant cap = clock.instant().plus(config.idleRecheck());
                Instant until = store.nextDue().filter(n -> n.isBefore(cap)).orElse(cap);
                waiter.awaitUntil(until);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database or something else failed: wait a little and try again, never die silently.
                log.error("reminder scheduler step failed; retrying in {}", config.retryFirst(), e);
                try {
                    waiter.awaitUntil(clock.instant().plus(config.retryFirst()));
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Handles one claimed reminder; true when it was sent. */
    private boolean process(Reminder r, Batch claim, Instant now) {
        try {
            Optional<Team> team = teams.byId(r.team());
            if (team.isEmpty()) {
                log.warn("dropping reminder {}: team {} is no longer configured", r.id(), r.team());
                claim.finish(r.id());
                return false;
            }
            return r.isDigest() ? digest(r, claim, team.get(), now) : caseReminder(r, claim, team.get(), now);
        } catch (RuntimeException e) {
            retry(r, claim, now, e);
            return false;
        }
    }

    private boolean caseReminder(Reminder r, Batch claim, Team team, Instant now) {
        Optional<DisputeCase> found = cases.byNumber(r.team(), new CaseNumber(r.caseNumber()))
                .filter(c -> c.id() == r.caseId());
        if (found.isEmpty() || found.get().state() == CaseState.CLOSED
                || r.kind() == ReminderKind.FOLLOW_UP && found.get().state() != CaseState.AWAITING_BUYER) {
            claim.finish(r.id()); // the case moved on: a safety net behind SchedulingCaseStore
            return false;
        }
        DisputeCase c = found.get();
        ZoneId zone = settings.zone(team);
        Optional<Instant> deadline = deadlines.deadline(c, zone);
        if (r.kind() != ReminderKind.FOLLOW_UP) {
            if (deadline.isEmpty() || r.kind() == ReminderKind.LEAD && !deadline.get().isAfter(now)) {
                claim.finish(r.id()); // a warning for a deadline that passed: the overdue alert says it
                return false;
            }
            if (r.kind() == ReminderKind.OVERDUE && deadline.get().isAfter(now)) {
                claim.release(r.id(), deadline.get(), r.attempts(), Optional.empty());
                return false;
            }
        }
        Optional<Instant> quietEnd = heldUntil(team, zone, now);
        boolean deadlineInQuiet = deadline.isPresent() && quietEnd.isPresent()
                && !deadline.get().isBefore(now) && deadline.get().isBefore(quietEnd.get());
        if (quietEnd.isPresent() && !deadlineInQuiet) {
            claim.release(r.id(), quietEnd.get(), r.attempts(), Optional.empty());
            return false;
        }
        UiLanguage lang = settings.language(team);
        Instant since = r.kind() == ReminderKind.FOLLOW_UP ? offerSentAt(c) : c.openedAt();
        Reply reply = texts.reminder(r, c, deadline, since, now, late(r, now), lang, zone);
        if (!send(r, claim, now, new Outgoing(c.home(), reply, Optional.empty()))) {
            return false;
        }
        markSent(r, claim, team, now);
        try {
            cases.append(c.id(), new TimelineEntry(now, "bot", TimelineEntry.Kind.REMINDER,
                    texts.messages().get(lang, "remind.timeline", r.kind().code())));
        } catch (RuntimeException e) {
            log.warn("reminder {} sent but not written to the timeline", r.id(), e);
        }
        return true;
    }

    private boolean digest(Reminder r, Batch claim, Team team, Instant now) {
        Optional<LocalTime> at = settings.digestTime(team);
        if (at.isEmpty()) {
            claim.finish(r.id());
            return false;
        }
        ZoneId zone = settings.zone(team);
        Optional<Instant> quietEnd = heldUntil(team, zone, now);
        if (quietEnd.isPresent()) {
            claim.release(r.id(), quietEnd.get(), r.attempts(), Optional.empty());
            return false;
        }
        List<DisputeCase> open = cases.open(team.id(), DIGEST_CASES);
        boolean sent = false;
        if (!open.isEmpty()) { // nothing open, nothing to say: no empty digest every morning
            Map<Long, Instant> due = new HashMap<>();
            for (DisputeCase c : open) {
                deadlines.deadline(c, zone).ifPresent(d -> due.put(c.id(), d));
            }
            Reply reply = texts.digest(team, open, due, now, settings.language(team), zone);
            if (late(r, now)) {
                reply = Reply.text(reply.text() + "\n"
                        + texts.messages().get(settings.language(team), "remind.late", ReminderTexts.when(r.dueAt(), zone)));
            }
            Set<ChatRef> chats = new LinkedHashSet<>();
            for (DisputeCase c : open) {
                chats.add(ChatRef.of(c.home().platform(), c.home().chatId()));
            }
            for (ChatRef chat : chats) {
                if (!send(r, claim, now, new Outgoing(chat, reply, Optional.empty()))) {
                    return false;
                }
            }
            sent = true;
        }
        claim.release(r.id(), ReminderPlanner.nextLocal(now, at.get(), zone), 0, Optional.empty());
        return sent;
    }

    /** Sends one message; a failure reschedules the reminder with a backoff (false). */
    private boolean send(Reminder r, Batch claim, Instant now, Outgoing message) {
        try {
            outbox.send(message);
            return true;
        } catch (RuntimeException e) {
            retry(r, claim, now, e);
            return false;
        }
    }

    /**
     * Marks a sent reminder: one-shot ones finish, repeating ones come back one interval on (never in the past).
     * If marking fails the claim lease runs out and the reminder goes out once more: the documented repeat.
     */
    private void markSent(Reminder r, Batch claim, Team team, Instant now) {
        try {
            mark(r, claim, team, now);
        } catch (RuntimeException e) {
            log.error("reminder {} was sent but could not be marked; it may be sent once more", r.id(), e);
        }
    }

    private void mark(Reminder r, Batch claim, Team team, Instant now) {
        if (!r.kind().repeats()) {
            claim.sent(r.id());
            return;
        }
        Duration every = r.kind() == ReminderKind.OVERDUE ? settings.overdueInterval(team)
                : settings.followUpInterval(team);
        Instant next = r.dueAt().plus(every);
        if (!next.isAfter(now)) {
            next = now.plus(every); // after downtime: one late reminder, not one per missed interval
        }
        claim.release(r.id(), next, 0, Optional.empty());
    }

    private void retry(Reminder r, Batch claim, Instant now, RuntimeException e) {
        int attempts = r.attempts() + 1;
        Duration wait = config.retryFirst().multipliedBy(1L << Math.min(attempts - 1, 20));
        if (wait.compareTo(config.retryMax()) > 0) {
            wait = config.retryMax();
        }
        if (attempts >= 5) {
            log.error("reminder {} of team {} failed {} times; retrying in {}", r.id(), r.team(), attempts, wait, e);
        } else {
            log.warn("reminder {} of team {} failed (attempt {}); retrying in {}: {}", r.id(), r.team(), attempts, wait,
                    e.toString());
        }
        try {
            claim.release(r.id(), now.plus(wait), attempts, Optional.of(String.valueOf(e)));
        } catch (RuntimeException storeFailed) {
            log.error("could not reschedule failed reminder {}; it is retried when its claim expires", r.id(),
                    storeFailed);
        }
    }

    private Optional<Instant> heldUntil(Team team, ZoneId zone, Instant now) {
        Optional<QuietHours> quiet = settings.quietHours(team);
        if (quiet.isPresent() && quiet.get().contains(now, zone)) {
            return Optional.of(quiet.get().nextEnd(now, zone));
        }
        return Optional.empty();
    }

    private boolean late(Reminder r, Instant now) {
        return Duration.between(r.dueAt(), now).compareTo(config.lateAfter()) > 0;
    }

    private Instant offerSentAt(DisputeCase c) {
        Instant at = c.openedAt();
        for (TimelineEntry e : cases.timeline(c.id())) {
            if (e.kind() == TimelineEntry.Kind.OFFER_SENT) {
                at = e.at();
            }
        }
        return at;
    }

    /** The reminders claimed together, and what became of each: applied in one transaction at the end. */
    private static final class Batch {
        final String claimant;
        final List<ReminderStore.Settlement> settlements = new java.util.ArrayList<>();

        Batch(String claimant) {
            this.claimant = claimant;
        }

        void finish(String id) {
            settlements.add(ReminderStore.Settlement.finished(id));
        }

        void sent(String id) {
            settlements.add(ReminderStore.Settlement.sent(id));
        }

        void release(String id, Instant nextDue, int attempts, Optional<String> error) {
            settlements.add(ReminderStore.Settlement.again(id, nextDue, attempts, error));
        }
    }
}
