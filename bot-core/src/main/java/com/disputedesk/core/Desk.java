package com.disputedesk.core;

import com.disputedesk.core.bot.AttachmentHandler;
import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.bot.ChoiceHandler;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.Conversation;
import com.disputedesk.core.bot.Router;
import com.disputedesk.core.cases.CaseDeadlines;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DeadlineKeepingCaseStore;
import com.disputedesk.core.cases.commands.Commands;
import com.disputedesk.core.cases.commands.OwnershipCommands;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.dialog.DialogCommands;
import com.disputedesk.core.dialog.Dialogs;
import com.disputedesk.core.export.ExportCommand;
import com.disputedesk.core.home.CaseHomes;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Card;
import com.disputedesk.core.home.CardView;
import com.disputedesk.core.home.HomeKeepingCaseStore;
import com.disputedesk.core.home.HomeStore;
import com.disputedesk.core.intake.IntakeDialog;
import com.disputedesk.core.intake.IntakeSources;
import com.disputedesk.core.intake.NewCaseCommand;
import com.disputedesk.core.intake.OpenCase;
import com.disputedesk.core.kernel.AmountCeilings;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.remind.DeadlineSource;
import com.disputedesk.core.remind.RemindFeature;
import com.disputedesk.core.remind.RemindParts;
import com.disputedesk.core.remind.ReminderScheduler;
import com.disputedesk.core.report.ReportFont;
import com.disputedesk.core.stats.ChartReply;
import com.disputedesk.core.stats.StatsCommand;
import com.disputedesk.core.store.Stores;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import com.disputedesk.core.team.commands.SettingsCommand;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engine assembled from its ports: what the composition root (bot-app) and the test kit both build.
 * Every feature's handlers are listed here, in one place.
 *
 * @param bot       the entry point adapters feed
 * @param reminders the reminder scheduler: the composition root starts it after the adapters and closes it first
 */
public record Desk(Bot bot, ReminderScheduler reminders) {

    /**
     * What the engine is built from.
     *
     * @param reminders the reminder store and settings; {@link RemindParts#off()} when built without them
     * @param ceilings  the usual largest amount per currency: larger ones are questioned or refused
     * @param homes     each case's thread or topic (in the database: {@code JdbcStores.homes})
     */
    public record Parts(TeamDirectory teams, Stores stores, Remedies remedies, Outbox outbox, Clock clock,
                        Duration dialogExpiry, RemindParts reminders, AmountCeilings ceilings, HomeStore homes) {

        /** An engine keeping case homes in memory only. */
        public Parts(TeamDirectory teams, Stores stores, Remedies remedies, Outbox outbox, Clock clock,
                     Duration dialogExpiry, RemindParts reminders, AmountCeilings ceilings) {
            this(teams, stores, remedies, outbox, clock, dialogExpiry, reminders, ceilings, HomeStore.inMemory());
        }

        /** An engine with the shipped amount ceilings ({@link AmountCeilings#standard()}). */
        public Parts(TeamDirectory teams, Stores stores, Remedies remedies, Outbox outbox, Clock clock,
                     Duration dialogExpiry, RemindParts reminders) {
            this(teams, stores, remedies, outbox, clock, dialogExpiry, reminders, AmountCeilings.standard());
        }

        /** An engine without reminders. */
        public Parts(TeamDirectory teams, Stores stores, Remedies remedies, Outbox outbox, Clock clock,
                     Duration dialogExpiry) {
            this(teams, stores, remedies, outbox, clock, dialogExpiry, RemindParts.off());
        }
    }

    public static Desk assemble(Parts parts) {
        TeamSettings settings = new TeamSettings(parts.stores().settings(), parts.reminders().defaults());
        DeadlineSource deadlineSource = DeadlineSource.of(parts.remedies(), parts.stores().cases());
        CaseDeadlines deadlines = new CaseDeadlines(parts.stores().queries(), c -> parts.teams().byId(c.team())
                .flatMap(team -> deadlineSource.deadline(c, settings.zone(team))));
        // cases stored before deadlines were (an upgraded database) get theirs once, before anyone lists them
        deadlines.catchUp();
        CaseHomes homes = new CaseHomes(parts.homes(), parts.teams(), settings, parts.outbox());
        // a case with a thread of its own lives there: read through this store, its messages go there
        CaseStore homed = new HomeKeepingCaseStore(parts.stores().cases(), parts.homes(), homes);
        RemindFeature remind = RemindFeature.assemble(parts.reminders(),
                new DeadlineKeepingCaseStore(homed, deadlines), parts.teams(), settings,
                deadlineSource, parts.outbox(), parts.clock(), parts.stores().transactions());
        // Every handler reads and changes cases through the store that keeps reminders in step.
        CaseStore cases = remind.cases();
        Commands caseCommands = Commands.create(cases, parts.stores().evidence(), parts.remedies(),
                parts.stores().queries(), deadlines, parts.ceilings());
        IntakeSources sources = new IntakeSources(parts.reminders().members());
        homes.showCardsWith(new CardView() {
            @Override
            public Card card(Turn turn, DisputeCase c) {
                return caseCommands.cardOf(turn, c);
            }

            @Override
            public List<Choice> choices(Turn turn, DisputeCase c) {
                return caseCommands.cardChoices(turn, c);
            }
        });
        Dialogs dialogs = new Dialogs(parts.stores().dialogs(), parts.dialogExpiry(), List.of(
                IntakeDialog.spec(parts.remedies(), cases, parts.ceilings(), new OpenCase(cases, parts.remedies(),
                        Optional.of(sources), Optional.of(homes)))), parts.stores().transactions());
        // The features list: every command and button of the desk, in one place.
        List<CommandHandler> commands = new ArrayList<>(caseCommands.handlers());
        OwnershipCommands ownership = new OwnershipCommands(cases, parts.reminders().members());
        commands.add(ownership);
        commands.add(new SettingsCommand(settings, remind.scheduler().planner(), parts.reminders().members()));
        // Exports and the /stats chart look the machine's fonts up when the first one is drawn, not at start.
        java.util.function.Supplier<ReportFont> font = ReportFont::find;
        commands.add(new StatsCommand(parts.stores().figures(), parts.remedies(), Optional.of(new ChartReply(
                parts.stores().reports(), parts.stores().exports(), font))));
        commands.add(new ExportCommand(cases, parts.stores().evidence(), parts.stores().reports(), parts.remedies(),
                parts.stores().exports(), font));
        commands.add(new NewCaseCommand(dialogs, sources));
        commands.add(new DialogCommands(IntakeDialog.COMMAND, NewCaseCommand.FAMILY));
        List<ChoiceHandler> choices = new ArrayList<>(List.of(remind.actions(), dialogs));
        choices.addAll(caseCommands.choices());
        Commands.CardParts card = caseCommands.card(ownership, dialogs);
        choices.add(card.buttons());
        Conversation conversation = card.conversation();
        AttachmentHandler attachments = caseCommands.attachments();
        Router router = new Router(commands, choices, conversation, attachments, caseCommands.caseCompleter(),
                homes);
        return new Desk(new Bot(parts.teams(), settings, router, parts.outbox(), parts.clock()), remind.scheduler());
    }
}
