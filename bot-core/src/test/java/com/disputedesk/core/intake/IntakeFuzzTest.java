package com.disputedesk.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.Desk;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.TypedText;
import com.disputedesk.core.dialog.DialogKey;
import com.disputedesk.core.dialog.DialogStore;
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
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and hostile text typed at every intake question (each field edited from the summary, and the summary
 * itself), on SQLite and on PostgreSQL side by side. For every input: nothing escapes as an error, every reply fits
 * in a Telegram message, a refused answer leaves the draft exactly as it was, what is stored holds no control,
 * bidi or zero-width character, and both databases give the same replies. An accepted answer is confirmed, so the
 * case is written too. Seeded: a failure replays with the same inputs.
 */
class IntakeFuzzTest {
    private static final int TELEGRAM_LIMIT = 4096;
    private static final ChatRef CHAT = TestDesk.CONSOLE;
    private static final Member ALICE = TestDesk.ALICE;
    private static final String KEY = new DialogKey(CHAT, ALICE).key();
    /** The fields of the summary reached by {@link #toSummary}: every step of the intake applies. */
    private static final int FIELDS = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path dir;
    private static Engine sqlite;
    private static Engine postgres;
    /** Index 0: the summary; index n: editing field n from the summary. The same on both databases. */
    private static List<StoredDialog> drafts;

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("intake-fuzz");
        sqlite = new Engine(JdbcStores.sqlite(dir.resolve("desk.db"), dir.resolve("evidence-sqlite"),
                TestDesk.MAX_EVIDENCE_BYTES));
        postgres = new Engine(TestPostgres.open(TestPostgres.newDatabase("intake_fuzz"),
                dir.resolve("evidence-pg"), TestDesk.MAX_EVIDENCE_BYTES));
        drafts = sqlite.snapshots();
        assertThat(postgres.snapshots()).isEqualTo(drafts);
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

    @Property(tries = 300, seed = "1412026", shrinking = ShrinkingMode.BOUNDED)
    void hostileTextAtAnyQuestionIsCleanedOrRefusedAlikeOnBothDatabases(
            @ForAll("position") int position, @ForAll("typed") String typed) {
        Verdict onSqlite = sqlite.answer(drafts.get(position), typed);
        Verdict onPostgres = postgres.answer(drafts.get(position), typed);
        for (Verdict v : List.of(onSqlite, onPostgres)) {
            assertThat(v.replies()).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.length()).isLessThanOrEqualTo(TELEGRAM_LIMIT))
                    .noneMatch(r -> r.contains("something went wrong"));
            v.draftAfter().ifPresent(d -> assertClean(d.state()));
            v.opened().ifPresent(IntakeFuzzTest::assertClean);
        }
        assertThat(onPostgres.replies()).isEqualTo(onSqlite.replies());
        assertThat(onPostgres.changed()).isEqualTo(onSqlite.changed());
        assertThat(onPostgres.opened().isPresent()).isEqualTo(onSqlite.opened().isPresent());
    }

    @Provide
    Arbitrary<Integer> position() {
        return Arbitraries.integers().between(0, FIELDS);
    }

    /** Answers that would pass, hostile fragments, and random text of any code unit, mixed. */
    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> plausible = Arbitraries.of("Maria G.", IntakeDialogTest.ORDER, "25.90 USD", "10", "3000 JPY",
                "LP00123456789CN", "1,2", "today", "2026-02-27", "iw", "in", "es", "confirm", "3", "edit 2", "skip",
                "back", "done", "none", "Not received", "王小明", "😀", "👨‍👩‍👧");
        Arbitrary<String> hostile = Arbitraries.of("\u0000", "\u001b[2J", "\u001b]0;x\u0007", "\u001b", "\u009b31m",
                "\u202e", "\u2066", "\u2069", "\u200b", "\u200d", "\u200c", "\ufeff", "\ufe0f", "\ud800", "\udc00",
                "\r\n", "\t", "\u0085", "\u3164", " ", "----", "10 XXX", "10 XTS", "10 XAU", "30.5 JPY",
                "9".repeat(2000) + " USD", "x".repeat(5000), "q".repeat(150), "%s", "{0}", "'", "\\", "\"");
        Arbitrary<String> fragment = Arbitraries.frequencyOf(
                Tuple.of(3, plausible),
                Tuple.of(4, hostile),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(100).ofMaxLength(10_000)));
        Arbitrary<String> mixed = fragment.list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(mixed, Combinators.combine(plausible, hostile).as((a, b) -> a + b),
                Combinators.combine(hostile, plausible, hostile).as((a, b, c) -> a + b + c));
    }

    /** No text in the stored JSON holds what the text policy removes. */
    private static void assertClean(String json) {
        try {
            walk(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertClean(CaseFacts facts) {
        for (String s : List.of(facts.buyer(), facts.orderId(), facts.buyerLanguage(),
                facts.shipping().flatMap(f -> f.trackingNumber()).orElse("-"))) {
            assertCleanText(s);
        }
    }

    private static void walk(JsonNode node) {
        if (node.isTextual()) {
            assertCleanText(node.asText());
        }
        node.forEach(IntakeFuzzTest::walk);
        node.fieldNames().forEachRemaining(IntakeFuzzTest::assertCleanText);
    }

    private static void assertCleanText(String s) {
        assertThat(s.codePoints()).as("stored text %s", s).noneMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200B || c == 0xFEFF || c == 0x2060);
        assertThat(s.codePointCount(0, s.length())).isLessThanOrEqualTo(1000);
    }

    /** What one answer did on one database. */
    record Verdict(List<String> replies, boolean changed, Optional<StoredDialog> draftAfter,
                   Optional<CaseFacts> opened) {
    }

    /** The whole engine over one database, with no reminders, answering as the console would. */
    private static final class Engine {
        private final JdbcStores stores;
        private final RecordingOutbox outbox = new RecordingOutbox();
        private final Desk desk;

        Engine(JdbcStores stores) {
            this.stores = stores;
            this.desk = Desk.assemble(new Desk.Parts(new TeamDirectory(List.of(TestDesk.TEAM)), stores.stores(),
                    TestDesk.remedies(), outbox, new MutableClock(TestDesk.START), Duration.ofHours(24)));
        }

        private DialogStore drafts() {
            return stores.stores().dialogs();
        }

        private List<String> send(String text) {
            outbox.drain();
            desk.bot().handle(new Inbound.Text(CHAT, ALICE, text, Optional.empty()));
            return outbox.drain().stream().map(Outgoing::reply).map(r -> r.asText()).toList();
        }

        /** The drafts at the summary of an intake where every step applies, and editing each of its fields. */
        List<StoredDialog> snapshots() {
            outbox.drain();
            desk.bot().handle(TypedText.parse(CHAT, ALICE, "/new", Optional.empty()));
            for (String line : List.of("aliexpress", IntakeDialogTest.ORDER, "Maria", "en", "not received",
                    "25.90 USD", "partial refund", "10", "8", "2", "LP00123456789CN", "in transit", "18", "3", "1,2",
                    "yesterday")) {
                send(line);
            }
            List<StoredDialog> out = new ArrayList<>();
            out.add(drafts().load(KEY).orElseThrow());
            for (int field = 1; field <= FIELDS; field++) {
                drafts().save(out.get(0));
                send("edit " + field);
                out.add(drafts().load(KEY).orElseThrow());
            }
            return out;
        }

        Verdict answer(StoredDialog before, String typed) {
            drafts().save(before);
            Optional<Long> newestBefore = newest().map(DisputeCase::id);
            List<String> replies = new ArrayList<>(send(typed));
            Optional<StoredDialog> after = drafts().load(KEY);
            boolean changed = !after.equals(Optional.of(before));
            if (after.isPresent() && changed) {
                replies.addAll(send("confirm"));
            }
            Optional<DisputeCase> newest = newest();
            Optional<CaseFacts> opened = newest.filter(c -> !Optional.of(c.id()).equals(newestBefore))
                    .map(DisputeCase::facts);
            return new Verdict(replies, changed, after, opened);
        }

        private Optional<DisputeCase> newest() {
            return stores.stores().cases().all(TestDesk.TEAM.id(), 1).stream().findFirst();
        }
    }
}
