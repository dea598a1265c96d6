package com.disputedesk.core.remind;

import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.bot.Conversation;
import com.disputedesk.core.bot.Router;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.cases.commands.OwnershipCommands;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.TypedText;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.team.SettingsStore;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDefaults;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import com.disputedesk.core.team.commands.SettingsCommand;
import com.disputedesk.core.testkit.MutableClock;
import com.disputedesk.core.testkit.RecordingOutbox;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The reminder feature over the real JDBC stores on a SQLite file, a hand-moved clock and a recording outbox; a bot in front of its commands and buttons. {@link #restart()} builds a fresh feature over
 * the same file, as a process restart would.
 */
final class Rig implements AutoCloseable {
    /** Rigs not closed yet: {@link ClosesRigs} closes them after each test, before its temp folder is deleted. */
    private static final Set<Rig> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Closes every rig a test left open. A pool left open keeps filling itself in the background and can create
     * the database file again while JUnit deletes the test's folder.
     */
    static final class ClosesRigs implements org.junit.jupiter.api.extension.AfterEachCallback {
        @Override
        public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            List.copyOf(OPEN).forEach(Rig::close);
        }
    }

    /** Monday 2 March 2026, 09:00 in Warsaw. */
    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    static final ChatRef HOME = ChatRef.of(Platform.TELEGRAM, "-1001").inThread("77");
    static final Member ALICE = new Member(Platform.TELEGRAM, "42", "Alice");
    static final Member BOB = new Member(Platform.TELEGRAM, "43", "Bob");
    static final Member CAROL = new Member(Platform.TELEGRAM, "44", "Carol");
    static final Team TEAM = new Team("acme", "Acme Store", UiLanguage.EN, ZoneId.of("Europe/Warsaw"),
            Set.of("telegram:-1001", "console:console"), Set.of(), Set.of("telegram:42"));
    static final Team OTHER = new Team("other", "Other Shop", UiLanguage.EN, ZoneId.of("UTC"),
            Set.of("telegram:-2002"), Set.of(), Set.of());

    /** What went out, and when by the clock. */
    record Sent(Instant at, Outgoing message) {
        String text() {
            return message.reply().asText();
        }
    }

    final Path dir;
    final MutableClock clock;
    final JdbcStores jdbc;
    /** The case store without the reminder decorator: changes made behind the scheduler's back. */
    final CaseStore storedCases;
    final SettingsStore settingsStore;
    final RecordingOutbox outbox;
    final Outbox sink;
    final DataSource db;
    final TeamSettings settings;
    final RemindFeature feature;
    final Bot bot;

    private Rig(Path dir, MutableClock clock, RecordingOutbox outbox, Outbox sink) {
        this.dir = dir;
        this.clock = clock;
        this.jdbc = JdbcStores.sqlite(dir.resolve("desk.db"), dir.resolve("evidence"), 1_000_000);
        this.storedCases = jdbc.stores().cases();
        this.settingsStore = jdbc.stores().settings();
        this.outbox = outbox;
        this.sink = sink;
        this.db = jdbc.dataSource();
        this.settings = new TeamSettings(settingsStore, TeamDefaults.standard());
        TeamDirectory teams = new TeamDirectory(List.of(TEAM, OTHER));
        RemindParts parts = JdbcStores.reminders(db, TeamDefaults.standard(), SchedulerConfig.standard());
        this.feature = RemindFeature.assemble(parts, jdbc.stores().cases(), teams, settings, DeadlineSource.of(new FakeRemedies(), jdbc.stores().cases()),
                sink, clock);
        Conversation none = new Conversation() {
            @Override
            public boolean onText(Turn turn, Inbound.Text text) {
                return false;
            }

            @Override
            public boolean onCommand(Turn turn, Inbound.Command command) {
                return false;
            }
        };
        Router router = new Router(List.of(new OwnershipCommands(feature.cases(), parts.members()),
                new SettingsCommand(settings, feature.scheduler().planner(), parts.members())),
                List.of(feature.actions()), none,
                (t, a) -> { });
        this.bot = new Bot(teams, settings, router, sink, clock);
        OPEN.add(this);
    }

    static Rig open(Path dir) {
        RecordingOutbox outbox = new RecordingOutbox();
        return new Rig(dir, new MutableClock(START), outbox, outbox);
    }

    /** A rig whose reminders go to {@code sink} (a failing or counting outbox). */
    static Rig open(Path dir, Outbox sink) {
        return new Rig(dir, new MutableClock(START), new RecordingOutbox(), sink);
    }

    /** A second bot process on the same database file (its own connection pool) and clock. */
    Rig twin(Outbox otherSink) {
        return new Rig(dir, clock, outbox, otherSink);
    }

    /** The process restarted: a fresh engine over the same database file and clock. */
    Rig restart() {
        close();
        return new Rig(dir, clock, outbox, sink);
    }

    @Override
    public void close() {
        if (OPEN.remove(this)) {
            feature.scheduler().close();
            jdbc.close();
        }
    }

    /** The case store every handler uses (with reminders kept in step). */
    CaseStore cases() {
        return feature.cases();
    }

    ReminderScheduler scheduler() {
        return feature.scheduler();
    }

    private static final java.util.concurrent.atomic.AtomicInteger orders = new java.util.concurrent.atomic.AtomicInteger();

    DisputeCase openCase(Member by) {
        return openCase(by, "aliexpress", LocalDate.ofInstant(clock.instant(), TEAM.zone()));
    }

    DisputeCase openCase(Member by, String marketplace, LocalDate openedOn) {
        // a new order each time: a team has one open case per order
        String order = "80123456789" + String.format("%05d", orders.incrementAndGet());
        CaseFacts facts = new CaseFacts(marketplace, order, "Maria", "es", Reason.NOT_RECEIVED,
                BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("25.00", "USD"), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), openedOn);
        return cases().create(new NewCase(TEAM.id(), facts, by, HOME, clock.instant()),
                List.of(new TimelineEntry(clock.instant(), by.key(), TimelineEntry.Kind.CREATED, "opened")));
    }

    /** The platform deadline the fake remedy engine gives {@code c}. */
    static Instant deadline(DisputeCase c) {
        return c.facts().openedOn().atStartOfDay(TEAM.zone()).toInstant().plus(FakeRemedies.window(c.facts().marketplace()));
    }

    DisputeCase current(DisputeCase c) {
        return cases().byNumber(c.team(), c.number()).orElseThrow();
    }

    DisputeCase offerSent(DisputeCase c) {
        return cases().update(current(c).withState(CaseState.AWAITING_BUYER),
                new TimelineEntry(clock.instant(), ALICE.key(), TimelineEntry.Kind.OFFER_SENT, "offer 1"));
    }

    DisputeCase buyerReplied(DisputeCase c) {
        return cases().update(current(c).withState(CaseState.OPEN),
                new TimelineEntry(clock.instant(), ALICE.key(), TimelineEntry.Kind.BUYER_REPLIED, "counter"));
    }

    DisputeCase closed(DisputeCase c) {
        return cases().update(current(c).closed(Outcome.KEPT, Optional.empty()),
                new TimelineEntry(clock.instant(), ALICE.key(), TimelineEntry.Kind.CLOSED, "kept"));
    }

    /**
     * Lets time pass until {@code end}: jumps the clock to each next due reminder and runs the scheduler there,
     * as the loop would. Returns everything sent, with the time it went out.
     */
    List<Sent> runUntil(Instant end) {
        List<Sent> out = new ArrayList<>();
        outbox.drain();
        for (int guard = 0; guard < 10_000; guard++) {
            Optional<Instant> next = scheduler().nextDue();
            if (next.isEmpty() || next.get().isAfter(end)) {
                break;
            }
            if (next.get().isAfter(clock.instant())) {
                clock.set(next.get());
            }
            scheduler().runDue(clock.instant());
            for (Outgoing o : outbox.drain()) {
                out.add(new Sent(clock.instant(), o));
            }
        }
        if (end.isAfter(clock.instant())) {
            clock.set(end);
        }
        return out;
    }

    List<Sent> runFor(Duration d) {
        return runUntil(clock.instant().plus(d));
    }

    /** A member types in the team chat; returns the bot's answers. */
    List<Outgoing> type(Member member, String typed) {
        outbox.drain();
        bot.handle(TypedText.parse(ChatRef.of(Platform.TELEGRAM, "-1001"), member, typed, Optional.empty()));
        return outbox.drain();
    }

    /** A member presses a button; returns the bot's answers. */
    List<Outgoing> press(Member member, Choice choice) {
        outbox.drain();
        bot.handle(new Inbound.ChoicePicked(HOME, member, choice.id(), Optional.empty()));
        return outbox.drain();
    }

    static Choice button(Sent sent, String label) {
        return sent.message().reply().choices().stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + sent.text()));
    }

    static String text(List<Outgoing> answers) {
        return answers.stream().map(o -> o.reply().asText()).reduce("", (a, b) -> a + b + "\n");
    }
}
