package com.disputedesk.core.testkit;

import com.disputedesk.core.Desk;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.Playbook;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Function;

/**
 * The whole engine over a real SQLite file in a temporary folder, the shipped playbook, a hand-moved clock and
 * a recording outbox. {@link #restart()} opens a fresh engine over the same file, as a process restart would.
 */
public final class TestDesk implements AutoCloseable {
    /** A Monday morning in the test team's time zone. */
    public static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    public static final ChatRef CONSOLE = ChatRef.of(Platform.CONSOLE, "console");
    public static final Member ALICE = new Member(Platform.CONSOLE, "alice", "Alice");
    public static final Member BOB = new Member(Platform.CONSOLE, "bob", "Bob");
    public static final Team TEAM = new Team("acme", "Acme Store", UiLanguage.EN, ZoneId.of("Europe/Warsaw"),
            Set.of("console:console", "telegram:-1001", "discord:9001"), Set.of("telegram:42"),
            Set.of("console:alice", "telegram:42"));
    public static final long MAX_EVIDENCE_BYTES = 1_000_000;

    private static final Remedies REMEDIES = Playbook.load(configDir());

    private final Function<Path, JdbcStores> database;
    private final Path dir;
    private final Remedies remedies;
    private final TeamDirectory teams;
    private final MutableClock clock;
    private final RecordingOutbox outbox;
    private final com.disputedesk.core.chat.Outbox sink;
    private final JdbcStores stores;
    private final Desk desk;

    private TestDesk(Path dir, MutableClock clock, RecordingOutbox outbox, com.disputedesk.core.chat.Outbox sink) {
        this(dir, REMEDIES, new TeamDirectory(java.util.List.of(TEAM)), clock, outbox, sink);
    }

    private TestDesk(Path dir, Remedies remedies, TeamDirectory teams, MutableClock clock, RecordingOutbox outbox,
                     com.disputedesk.core.chat.Outbox sink) {
        this(dir, remedies, teams, clock, outbox, sink,
                d -> JdbcStores.sqlite(d.resolve("desk.db"), d.resolve("evidence"), MAX_EVIDENCE_BYTES));
    }

    private TestDesk(Path dir, Remedies remedies, TeamDirectory teams, MutableClock clock, RecordingOutbox outbox,
                     com.disputedesk.core.chat.Outbox sink, Function<Path, JdbcStores> database) {
        this.database = database;
        this.dir = dir;
        this.remedies = remedies;
        this.teams = teams;
        this.clock = clock;
        this.outbox = outbox;
        this.sink = sink;
        this.stores = database.apply(dir);
        this.desk = Desk.assemble(new Desk.Parts(teams, stores.stores(),
                remedies, sink, clock, Duration.ofHours(24), com.disputedesk.core.store.JdbcStores.reminders(
                stores.dataSource(), com.disputedesk.core.team.TeamDefaults.standard(),
                com.disputedesk.core.remind.SchedulerConfig.standard()), com.disputedesk.core.kernel.AmountCeilings.standard(),
                com.disputedesk.core.store.JdbcStores.homes(stores.dataSource())));
    }

    public static TestDesk open(Path dir) {
        RecordingOutbox recording = new RecordingOutbox();
        return new TestDesk(dir, new MutableClock(START), recording, recording);
    }

    /** As {@link #open(Path)}, over a fresh database of the embedded PostgreSQL server instead of a SQLite file. */
    public static TestDesk openPostgres(Path dir) {
        RecordingOutbox recording = new RecordingOutbox();
        String database = TestPostgres.newDatabase("desk");
        return new TestDesk(dir, REMEDIES, new TeamDirectory(java.util.List.of(TEAM)), new MutableClock(START),
                recording, recording, d -> TestPostgres.open(database, d.resolve("evidence"), MAX_EVIDENCE_BYTES));
    }

    /**
     * The engine sending through {@code outbox} (an adapter's), for adapter tests; {@link #outbox()} then
     * records nothing and {@link #chat()} scripts do not apply.
     */
    public static TestDesk open(Path dir, com.disputedesk.core.chat.Outbox outbox) {
        return new TestDesk(dir, new MutableClock(START), new RecordingOutbox(), outbox);
    }

    /**
     * As {@link #open(Path, com.disputedesk.core.chat.Outbox)}, with these teams instead of {@link #TEAM} alone
     * (e.g. {@code TEAM} and a second team owning more chats).
     */
    public static TestDesk open(Path dir, com.disputedesk.core.chat.Outbox outbox, TeamDirectory teams) {
        return new TestDesk(dir, REMEDIES, teams, new MutableClock(START), new RecordingOutbox(), outbox);
    }

    /**
     * As {@link #open(Path)}, suggesting from {@code remedies} (e.g. a playbook changed in a test folder, see
     * {@link ConfigFixture}) instead of the shipped playbook.
     */
    public static TestDesk open(Path dir, Remedies remedies) {
        RecordingOutbox recording = new RecordingOutbox();
        return new TestDesk(dir, remedies, new TeamDirectory(java.util.List.of(TEAM)), new MutableClock(START),
                recording, recording);
    }

    /** The shipped config/ folder (tests run in a module folder, one below the repository root). */
    public static Path configDir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("config/playbook.yml"))) {
                return p.resolve("config");
            }
        }
        throw new IllegalStateException("no config/playbook.yml above " + here);
    }

    public static Remedies remedies() {
        return REMEDIES;
    }

    /** Closes this engine and opens a new one over the same database file and clock. */
    public TestDesk restart() {
        close();
        return new TestDesk(dir, remedies, teams, clock, outbox, sink, database);
    }

    public ChatScript chat() {
        return chat(CONSOLE, ALICE);
    }

    public ChatScript chat(ChatRef chat, Member member) {
        return new ChatScript(desk.bot(), outbox, chat, member);
    }

    public MutableClock clock() {
        return clock;
    }

    public Desk desk() {
        return desk;
    }

    public JdbcStores stores() {
        return stores;
    }

    public RecordingOutbox outbox() {
        return outbox;
    }

    @Override
    public void close() {
        desk.reminders().close();
        stores.close();
    }
}
