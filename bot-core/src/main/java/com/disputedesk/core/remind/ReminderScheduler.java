package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends reminders when they fall due. The essential step is {@link #runDue(Instant)}: claim what is due (a
 * conditional update, so two schedulers on one database never both send a reminder), decide for each (send,
 * hold for quiet hours, drop because the case moved on), send through the outbox, then mark it: finished,
 * rescheduled (repeating kinds), or back to pending with a backoff when the send failed. This class claims and
 * settles; what one due reminder leads to is the job of {@code CaseReminderJob} (deadline warnings, overdue alerts,
 * follow-ups) and {@code DigestJob} (the daily digest).
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

    private final ReminderStore store;
    private final TeamDirectory teams;
    private final Clock clock;
    private final Waiter waiter;
    private final SchedulerConfig config;
    private final ReminderPlanner planner;
    private final Delivery delivery;
    private final CaseReminderJob caseReminders;
    private final DigestJob digests;
    private final ReminderSweep sweep;
    private final String name = "s-" + UUID.randomUUID();
    private final AtomicLong batches = new AtomicLong();
    private Thread thread;
    private volatile boolean running;

    public ReminderScheduler(ReminderStore store, CaseStore cases, TeamDirectory teams, TeamSettings settings,
                             DeadlineSource deadlines, Outbox outbox, Clock clock, Waiter waiter,
                             SchedulerConfig config) {
        this(store, cases, teams, settings, deadlines, outbox, clock, waiter, config, RemindParts.off().members());
    }

    /** @param members whose owners want their reminders by direct message too */
    public ReminderScheduler(ReminderStore store, CaseStore cases, TeamDirectory teams, TeamSettings settings,
                             DeadlineSource deadlines, Outbox outbox, Clock clock, Waiter waiter,
                             SchedulerConfig config, MemberDirectory members) {
        this.store = store;
        this.teams = teams;
        this.clock = clock;
        this.waiter = waiter;
        this.config = config;
        this.planner = new ReminderPlanner(store, teams, settings, deadlines, clock, waiter::wake);
        ReminderTexts texts = new ReminderTexts(deadlines::marketplaceName);
        SendTiming timing = new SendTiming(settings, config);
        this.delivery = new Delivery(outbox, config);
        this.caseReminders = new CaseReminderJob(cases, settings,
                new CaseReminderCheck(cases, settings, deadlines, timing),
                new CaseReminderMessage(cases, texts, timing), delivery, new Rearm(settings), members);
        this.digests = new DigestJob(cases, settings, deadlines, texts, timing, delivery, store);
        this.sweep = new ReminderSweep(new ReminderAudit(store, cases, teams, settings, deadlines, clock), store);
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
            ClaimedBatch claim = new ClaimedBatch(name + "/" + batches.incrementAndGet());
            List<Reminder> claimed = store.claimDue(now, claim.claimant(), now.plus(config.lease()), config.batch());
            for (Reminder r : claimed) {
                sent += process(r, claim, now) ? 1 : 0;
            }
            try {
                store.settle(claim.claimant(), claim.settlements());
            } catch (RuntimeException e) {
                // The claims run out and these reminders are claimed again: sent ones go out once more.
                log.error("could not mark {} reminders; those sent may go out once more", claimed.size(), e);
            }
            if (claimed.size() < config.batch()) {
                return sent;
            }
        }
    }

    /**
     * Repairs every case whose reminders do not match its state (run by {@link #start()}).
     *
     * @return how many cases were repaired
     */
    public int sweep() {
        return sweep.run();
    }

        /** When the next reminder falls due (or a lost claim may be taken over). */
    public Optional<Instant> nextDue() {
        return store.nextDue();
    }

    /**
     * Starts the loop on its own thread; makes sure first that every team's digest is scheduled and that every
     * case's reminders match its state (the sweep; a failing sweep is logged and the loop starts anyway).
     */
    public synchronized void start() {
        if (running) {
            return;
        }
        planner.ensureDigests();
        try {
            sweep();
        } catch (RuntimeException e) {
            log.error("the start-up sweep of reminders failed; cases keep the reminders they have", e);
        }
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
    private boolean process(Reminder r, ClaimedBatch claim, Instant now) {
        try {
            Optional<Team> team = teams.byId(r.team());
            if (team.isEmpty()) {
                log.warn("dropping reminder {}: team {} is no longer configured", r.id(), r.team());
                claim.finish(r.id());
                return false;
            }
            return r.isDigest() ? digests.run(r, claim, team.get(), now) : caseReminders.run(r, claim, team.get(), now);
        } catch (RuntimeException e) {
            delivery.retry(r, claim, now, e);
            return false;
        }
    }
}
