package com.disputedesk.core.remind;

import com.disputedesk.core.bot.ChoiceHandler;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.store.Stores;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import java.time.Clock;
import java.util.List;

/**
 * The reminder feature assembled: the scheduler, the case store that keeps reminders in step with cases (every
 * other handler must use {@link #stores()}), and the commands and buttons it adds.
 */
public final class RemindFeature {
    private final Stores stores;
    private final ReminderScheduler scheduler;
    private final List<CommandHandler> commands;
    private final List<ChoiceHandler> choices;

    private RemindFeature(Stores stores, ReminderScheduler scheduler, List<CommandHandler> commands,
                          List<ChoiceHandler> choices) {
        this.stores = stores;
        this.scheduler = scheduler;
        this.commands = commands;
        this.choices = choices;
    }

    public static RemindFeature assemble(RemindParts parts, Stores stores, TeamDirectory teams, TeamSettings settings,
                                         DeadlineSource deadlines, Outbox outbox, Clock clock) {
        ReminderScheduler scheduler = new ReminderScheduler(parts.store(), stores.cases(), teams, settings, deadlines,
                outbox, clock, new ClockWaiter(clock), parts.scheduler());
        SchedulingCaseStore cases = new SchedulingCaseStore(stores.cases(), scheduler.planner(), parts.members(), clock);
        Stores decorated = new Stores(cases, stores.dialogs(), stores.settings(), stores.evidence());
        return new RemindFeature(decorated, scheduler,
                List.of(new OwnershipCommands(cases, parts.members()), new SettingsCommand(settings, scheduler.planner())),
                List.of(new ReminderActions(parts.store(), settings, parts.members(), scheduler::wake)));
    }

    /** The stores with cases seen through the scheduling decorator. */
    public Stores stores() {
        return stores;
    }

    public ReminderScheduler scheduler() {
        return scheduler;
    }

    public List<CommandHandler> commands() {
        return commands;
    }

    public List<ChoiceHandler> choices() {
        return choices;
    }
}
