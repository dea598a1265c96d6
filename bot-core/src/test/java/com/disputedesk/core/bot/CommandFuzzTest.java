package com.disputedesk.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.Desk;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.TypedText;
import com.disputedesk.core.dialog.DialogKey;
import com.disputedesk.core.dialog.StoredDialog;
import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.testkit.MutableClock;
import com.disputedesk.core.testkit.RecordingOutbox;
import com.disputedesk.core.testkit.TestDesk;
import com.disputedesk.core.testkit.TestPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and hostile text typed as the arguments of every declared command (the list comes from the desk's own
 * declarations, so a new command is fuzzed without a change here), by an admin and by a member, on SQLite and on
 * PostgreSQL side by side. For every call: nothing escapes as an error, every reply fits in a Telegram message, a
 * refused call stores nothing, no stored case, timeline, setting or draft holds a control, bidi or zero-width
 * character, and both databases give the same replies and store the same. A case with an offer waiting for the
 * buyer is there for the case commands to work on. Seeded: a failure replays with the same inputs.
 */
class CommandFuzzTest {
    private static final int TELEGRAM_LIMIT = 4096;
    private static final ChatRef CHAT = TestDesk.CONSOLE;
    private static final String ORDER = "8123456789012345";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Replies that say a call was refused before it could change anything. */
    private static final List<String> REFUSALS = List.of("Usage: /", "Nothing was changed", "is not a valid",
            "I do not understand");

    private static Path dir;
    private static Engine sqlite;
    private static Engine postgres;
    private static List<CommandSpec> specs;
    /** Stands for the number of the case the commands work on; the engines put it in at run time. */
    private static final String CASE = "{case}";

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("command-fuzz");
        sqlite = new Engine(JdbcStores.sqlite(dir.resolve("desk.db"), dir.resolve("evidence-sqlite"),
                TestDesk.MAX_EVIDENCE_BYTES));
        postgres = new Engine(TestPostgres.open(TestPostgres.newDatabase("command_fuzz"),
                dir.resolve("evidence-pg"), TestDesk.MAX_EVIDENCE_BYTES));
        specs = sqlite.desk.bot().commands();
        assertThat(specs).extracting(CommandSpec::name).contains("settings", "reply", "case", "new", "help");
        assertThat(postgres.desk.bot().commands()).extracting(CommandSpec::name)
                .isEqualTo(specs.stream().map(CommandSpec::name).toList());
    }

    @AfterContainer
    static void close() throws IOException {
        if (sqlite != null) {
            sqlite.stores.close();
        }
        if (postgres != null) {
            postgres.stores.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 1000, seed = "1412027", shrinking = ShrinkingMode.BOUNDED)
    void hostileArgumentsToAnyCommandAreCleanedOrRefusedAlikeOnBothDatabases(
            @ForAll("command") int command, @ForAll("admin") boolean admin, @ForAll("typed") String typed,
            @ForAll boolean byParams, @ForAll("picks") List<Integer> picks, @ForAll("spikes") List<String> spikes) {
        CommandSpec spec = specs.get(command);
        String line = "/" + spec.name() + " " + (byParams ? byParams(spec, picks, spikes) : typed);
        Verdict onSqlite = check(admin ? TestDesk.ALICE : TestDesk.BOB, line);
        Statistics.label("stored").collect(spec.name(), !onSqlite.after().equals(onSqlite.before()));
    }

    /** Each setting with values that are valid for some setting, spiked or not: the team's settings take them. */
    @Property(tries = 300, seed = "1412028", shrinking = ShrinkingMode.BOUNDED)
    void hostileSettingValuesAreCleanedOrRefusedAlikeOnBothDatabases(
            @ForAll("setting") String setting, @ForAll("settingValue") String value, @ForAll("spikes") List<String> spikes,
            @ForAll("spikeAt") int spikeAt) {
        String spike = spikes.get(0);
        String typed = switch (spikeAt) {
            case 0 -> spike + value;
            case 1 -> value + spike;
            case 2 -> value.substring(0, value.length() / 2) + spike + value.substring(value.length() / 2);
            default -> value;
        };
        Verdict onSqlite = check(TestDesk.ALICE, "/settings " + setting + " " + typed);
        Statistics.label("stored").collect(setting, !onSqlite.after().equals(onSqlite.before()));
    }

    @Provide
    Arbitrary<String> setting() {
        return Arbitraries.of("zone", "quiet", "digest", "language", "followup", "nag", "leads");
    }

    @Provide
    Arbitrary<String> settingValue() {
        return Arbitraries.of("Europe/Warsaw", "Asia/Shanghai", "UTC", "22:00-07:00", "23:30-06:00", "off", "09:00",
                "8:15", "en", "zh", "iw", "2999m", "90m", "1d12h", "48h,24h,4h", "4h,48h,4h,240m", ",,,,", "1h,,2h",
                "1h,2h,3h,4h,5h,6h,7h", "30d", "31d", "0m");
    }

    @Provide
    Arbitrary<Integer> spikeAt() {
        return Arbitraries.integers().between(0, 5).withoutEdgeCases();
    }

    /** Runs {@code line} on both databases and checks what every call must hold; the SQLite verdict. */
    private static Verdict check(Member member, String line) {
        Verdict onSqlite = sqlite.call(member, line);
        Verdict onPostgres = postgres.call(member, line);
        for (Verdict v : List.of(onSqlite, onPostgres)) {
            assertThat(v.replies()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.length()).isLessThanOrEqualTo(TELEGRAM_LIMIT))
                    .noneMatch(r -> r.contains("something went wrong"));
            if (v.replies().stream().anyMatch(r -> REFUSALS.stream().anyMatch(r::contains))) {
                assertThat(v.after()).as("stored after the refused %s", line).isEqualTo(v.before());
            }
            v.after().assertClean();
        }
        assertThat(onPostgres.replies()).isEqualTo(onSqlite.replies());
        assertThat(onPostgres.after()).isEqualTo(onSqlite.after());
        return onSqlite;
    }

    @Provide
    Arbitrary<Integer> command() {
        return Arbitraries.integers().between(0, specs.size() - 1).withoutEdgeCases();
    }

    /** Which plausible value each param takes, whether an optional one is typed, and where text is spiked. */
    @Provide
    Arbitrary<List<Integer>> picks() {
        return Arbitraries.integers().between(0, 9999).withoutEdgeCases().list().ofMinSize(1).ofMaxSize(6);
    }

    /** What is slipped into, before or after a param's value, or typed instead of it. */
    @Provide
    Arbitrary<List<String>> spikes() {
        return Arbitraries.frequencyOf(Tuple.of(5, hostile()),
                Tuple.of(3, Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(20)),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(100).ofMaxLength(5000)))
                .list().ofMinSize(1).ofMaxSize(4);
    }

    /**
     * Arguments built from the command's declaration: a value each param would take (the case worked on, a code
     * of its choice, a number in its range, an amount, plausible text), some alone, some with a spike before or
     * after, some replaced by it; an optional param now and then left out.
     */
    static String byParams(CommandSpec spec, List<Integer> picks, List<String> spikes) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < spec.params().size(); i++) {
            Param<?> p = spec.params().get(i);
            int pick = picks.get(i % picks.size()) + i;
            if (!p.required() && pick % 5 == 0) {
                continue;
            }
            String value = plausible(p, pick / 5);
            String spike = spikes.get(i % spikes.size());
            switch (pick % 10) {
                case 0 -> words.add(spike + value);
                case 1 -> words.add(value + spike);
                case 2 -> words.add(spike);
                default -> words.add(value);
            }
        }
        return String.join(" ", words);
    }

    private static String plausible(Param<?> p, int pick) {
        ParamType<?> type = p.type();
        if (type instanceof ParamType.CaseReference) {
            return List.of(CASE, "#" + CASE, ORDER).get(pick % 3);
        }
        if (type instanceof ParamType.Choice<?> c) {
            return c.codes().get(pick % c.codes().size());
        }
        if (type instanceof ParamType.OneOf o) {
            List<ParamType.Option> options = o.options().get();
            return options.isEmpty() ? "x" : options.get(pick % options.size()).code();
        }
        if (type instanceof ParamType.IntRange r) {
            return Integer.toString(r.min() + pick % Math.min(10, r.max() - r.min() + 1));
        }
        return pickOf(pick, type instanceof ParamType.Money ? List.of("20 USD", "15", "EUR 20", "20usd", "25.90")
                : type instanceof ParamType.MemberName ? List.of("Alice", "@Bob", "console:alice", "me")
                : type instanceof ParamType.Word<?> ? List.of("en", "es", "zh", "iw", "xx")
                : List.of("wants 20 USD", "EUR 15 and no less", "Europe/Warsaw", "48h,24h,4h", "22:00-07:00",
                "09:00", "off", "2999m", ",,,,", "1h,2h,3h,4h,5h,6h,7h", "zh", "Asia/Shanghai", "90m",
                "4h,48h,4h,240m"));
    }

    private static String pickOf(int pick, List<String> values) {
        return values.get(pick % values.size());
    }

    @Provide
    Arbitrary<Boolean> admin() {
        return Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false));
    }

    /** Arguments that would pass, hostile fragments and random text of any code unit, mixed. */
    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> plausible = Arbitraries.of(CASE, "#" + CASE, ORDER, "2", "accepted", "rejected", "counter",
                "wants 20 USD", "EUR 20", "20", "40 USD", "partial_refund", "withdrawn", "aliexpress", "wrong-size",
                "alice", "@Bob", "Alice", "en", "zh", "es", "iw", "zone", "Europe/Warsaw", "quiet", "22:00-07:00",
                "digest", "09:00", "off", "language", "followup", "2999m", "nag", "4h", "leads", "48h,24h,4h", ",,,,",
                "1h,2h,3h,4h,5h,6h,7h", "note", "open",
                "zone Asia/Shanghai", "leads 4h,48h,4h", "followup 2999m", "nag 90m", "quiet 22:00-07:00", "digest off",
                "leads ,,,,", "language zh", "zone Europe/Warsaw", CASE + " counter wants 20 USD", CASE + " accepted", "王小明", "😀", "👨‍👩‍👧");
        Arbitrary<String> hostile = hostile();
        Arbitrary<String> fragment = Arbitraries.frequencyOf(
                Tuple.of(4, plausible),
                Tuple.of(4, hostile),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(100).ofMaxLength(10_000)));
        Arbitrary<String> spaced = fragment.list().ofMinSize(0).ofMaxSize(5).map(parts -> String.join(" ", parts));
        Arbitrary<String> glued = fragment.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(spaced, glued,
                Combinators.combine(plausible, hostile, plausible).as((a, b, c) -> a + " " + b + c),
                Combinators.combine(plausible, plausible, hostile).as((a, b, c) -> a + " " + b + " " + c));
    }

    private static Arbitrary<String> hostile() {
        return Arbitraries.of("\u0000", "\u001b[2J", "\u001b]0;x\u0007", "\u001b", "\u009b31m",
                "\u202e", "\u2066", "\u2069", "\u200b", "\u200d", "\u200c", "\ufeff", "\ufe0f", "\ud800", "\udc00",
                "\r\n", "\n", "\t", "\u0085", "\u3164", "\u2800", " ", "\u00a0", "----", "10 XXX", "10 XAU",
                "9".repeat(2000) + " USD", "x".repeat(5000), "q".repeat(150), "%s", "{0}", "'", "\\", "\"", "/",
                "48h,".repeat(3000), "*", "_", "`", "<b>", "&amp;");
    }

    /** What one call did on one database. */
    record Verdict(List<String> replies, Stored before, Stored after) {
    }

    /** Everything a command may store: the team's settings, its cases with their timelines, the member's draft. */
    record Stored(Map<String, String> settings, List<DisputeCase> cases, List<List<TimelineEntry>> timelines,
                  List<Optional<String>> drafts) {

        /** No stored text holds what the text policy removes, nor more than a message holds. */
        void assertClean() {
            settings.forEach((name, value) -> {
                assertCleanText(name);
                assertCleanText(value);
            });
            for (DisputeCase c : cases) {
                CaseFacts f = c.facts();
                for (String s : List.of(f.buyer(), f.orderId(), f.buyerLanguage(), f.marketplace())) {
                    assertCleanText(s);
                }
                c.owner().ifPresent(o -> assertCleanText(o.displayName()));
            }
            timelines.forEach(t -> t.forEach(e -> {
                assertCleanText(e.actor());
                assertCleanText(e.text());
            }));
            drafts.forEach(d -> d.ifPresent(CommandFuzzTest::assertCleanJson));
        }
    }

    private static void assertCleanJson(String json) {
        try {
            walk(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(JsonNode node) {
        if (node.isTextual()) {
            assertCleanText(node.asText());
        }
        node.forEach(CommandFuzzTest::walk);
        node.fieldNames().forEachRemaining(CommandFuzzTest::assertCleanText);
    }

    private static void assertCleanText(String s) {
        assertThat(s.codePoints()).as("stored text %s", s).noneMatch(c -> c != '\n'
                && (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200B || c == 0xFEFF || c == 0x2060));
        assertThat(s.length()).as("stored text length").isLessThanOrEqualTo(TELEGRAM_LIMIT);
    }

    /** The whole engine over one database, with no reminders sent, answering as the console would. */
    private static final class Engine {
        private final JdbcStores stores;
        private final RecordingOutbox outbox = new RecordingOutbox();
        private final Desk desk;

        Engine(JdbcStores stores) {
            this.stores = stores;
            this.desk = Desk.assemble(new Desk.Parts(new TeamDirectory(List.of(TestDesk.TEAM)), stores.stores(),
                    TestDesk.remedies(), outbox, new MutableClock(TestDesk.START), Duration.ofHours(24)));
            openCaseWithOffer();
        }

        /** Runs one command on a case with an offer waiting for the buyer, and what it stored. */
        Verdict call(Member member, String line) {
            if (newest().map(c -> c.state() == CaseState.CLOSED || !offerPending(c)).orElse(true)) {
                openCaseWithOffer();
            }
            Stored before = stored();
            List<String> replies = send(member, line.replace(CASE,
                    Integer.toString(newest().orElseThrow().number().value())));
            Stored after = stored();
            for (Member m : List.of(TestDesk.ALICE, TestDesk.BOB)) {
                stores.stores().dialogs().delete(new DialogKey(CHAT, m).key());
            }
            return new Verdict(replies, before, after);
        }

        private void openCaseWithOffer() {
            send(TestDesk.ALICE, "/new");
            for (String answer : List.of("aliexpress", ORDER, "Maria", "en", "not received", "25.90 USD",
                    "partial refund", "10", "8", "2", "LP00123456789CN", "in transit", "18", "3", "1,2", "yesterday",
                    "confirm")) {
                send(TestDesk.ALICE, answer);
            }
            assertThat(newest()).as("a case opened by the intake").isPresent();
            send(TestDesk.ALICE, "/offer " + newest().orElseThrow().number().value() + " 1");
        }

        /** Whether the case's last offer still waits for the buyer's answer. */
        private boolean offerPending(DisputeCase c) {
            List<TimelineEntry.Kind> offers = stores.stores().cases().timeline(c.id()).stream()
                    .map(TimelineEntry::kind)
                    .filter(k -> k == TimelineEntry.Kind.OFFER_SENT || k == TimelineEntry.Kind.BUYER_REPLIED)
                    .toList();
            return !offers.isEmpty() && offers.get(offers.size() - 1) == TimelineEntry.Kind.OFFER_SENT;
        }

        private List<String> send(Member member, String text) {
            outbox.drain();
            Inbound in = text.startsWith("/") ? TypedText.parse(CHAT, member, text, Optional.empty())
                    : new Inbound.Text(CHAT, member, text, Optional.empty());
            desk.bot().handle(in);
            return outbox.drain().stream().map(Outgoing::reply).map(r -> r.asText()).toList();
        }

        private Stored stored() {
            List<DisputeCase> cases = stores.stores().cases().all(TestDesk.TEAM.id(), 1000);
            List<List<TimelineEntry>> timelines = new ArrayList<>();
            for (DisputeCase c : cases) {
                timelines.add(stores.stores().cases().timeline(c.id()));
            }
            List<Optional<String>> drafts = new ArrayList<>();
            for (Member m : List.of(TestDesk.ALICE, TestDesk.BOB)) {
                drafts.add(stores.stores().dialogs().load(new DialogKey(CHAT, m).key()).map(StoredDialog::state));
            }
            return new Stored(stores.stores().settings().all(TestDesk.TEAM.id()), cases, timelines, drafts);
        }

        private Optional<DisputeCase> newest() {
            return stores.stores().cases().all(TestDesk.TEAM.id(), 1).stream().findFirst();
        }
    }
}
