package com.disputedesk.core.remind;

import com.disputedesk.core.bot.ChoiceHandler;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.kernel.Transactions;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import java.time.Clock;

/**
 * The reminder feature assembled: the scheduler, the case store that keeps reminders in step with cases (every
 * handler must change cases through {@link #cases()}), and the reminder buttons.
 */
public final class RemindFeature {
    private final CaseStore cases;
    private final ReminderScheduler scheduler;
    private final ChoiceHandler actions;

    private RemindFeature(CaseStore cases, ReminderScheduler scheduler, ChoiceHandler actions) {
        this.cases = cases;
        this.scheduler = scheduler;
        this.actions = actions;
    }

    /** The feature over stores whose changes each stand alone ({@link Transactions#none()}). */
    public static RemindFeature assemble(RemindParts parts, CaseStore stored, TeamDirectory teams,
                                         TeamSettings settings, DeadlineSource deadlines, Outbox outbox, Clock clock) {
        return assemble(parts, stored, teams, settings, deadlines, outbox, clock, Transactions.none());
    }

    /**
     * The feature whose case changes and reminder planning are units of {@code transactions}, and whose
     * scheduler repairs at start the reminders of cases that do not match their state.
     */
    public static RemindFeature assemble(RemindParts parts, CaseStore stored, TeamDirectory teams,
                                         TeamSettings settings, DeadlineSource deadlines, Outbox outbox, Clock clock,
                                         Transactions transactions) {
        ReminderScheduler scheduler = new ReminderScheduler(parts.store(), stored, teams, settings, deadlines,
                outbox, clock, new ClockWaiter(clock), parts.scheduler(), parts.members());
        SchedulingCaseStore cases = new SchedulingCaseStore(stored, scheduler.planner(), parts.members(), clock,
                transactions, scheduler::wake);
        return new RemindFeature(cases, scheduler,
                new ReminderActions(parts.store(), settings, parts.members(), scheduler::wake));
    }

    /** The case store seen through the scheduling decorator: every change plans or cancels reminders. */
    public CaseStore cases() {
        return cases;
    }

    public ReminderScheduler scheduler() {
        return scheduler;
    }

    /** The snooze / buyer replied / done buttons of reminders. */
    public ChoiceHandler actions() {
        return actions;
    }
}
