package com.disputedesk.core.store;

import static com.disputedesk.core.store.Samples.ALICE;
import static com.disputedesk.core.store.Samples.BOB;
import static com.disputedesk.core.store.Samples.T0;
import static com.disputedesk.core.store.Samples.entry;
import static com.disputedesk.core.store.Samples.newCase;
import static com.disputedesk.core.store.Samples.notReceived;
import static com.disputedesk.core.store.Samples.wrongSize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.FileOffer;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.dialog.StoredDialog;
import com.disputedesk.core.evidence.EvidenceStore;
import com.disputedesk.core.evidence.StoredEvidence;
import com.disputedesk.core.kernel.Money;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database behind {@link JdbcStores} must do; run once per database by its subclasses. Each test
 * gets an empty database; {@link #reopen()} opens a second {@link JdbcStores} over the same one, as a restarted
 * process (or a second bot instance) would.
 */
abstract class StoresContract {
    static final long LIMIT = 1_000;

    private final List<JdbcStores> opened = new ArrayList<>();
    JdbcStores db;

    /** Opens stores over this test's database (the same one on every call). */
    protected abstract JdbcStores openStores();

    /** Where this test's evidence files lie. */
    protected abstract Path evidenceDir();

    @BeforeEach
    void openDatabase() {
        db = reopen();
    }

    @AfterEach
    void closeAll() {
        opened.forEach(JdbcStores::close);
    }

    JdbcStores reopen() {
        JdbcStores s = openStores();
        opened.add(s);
        return s;
    }

    CaseStore cases() {
        return db.stores().cases();
    }

    EvidenceStore evidence() {
        return db.stores().evidence();
    }

    // ---- reports

    @Test
    void reportsHandOverEveryCaseOpenedOrClosedInThePeriodOnceWithItsClosingTime() {
        DisputeCase before = cases().create(newCase("acme", wrongSize("8100000000000001"), T0), List.of());
        cases().create(newCase("acme", wrongSize("8100000000000002"), T0), List.of());
        Instant since = T0.plus(Duration.ofDays(5));
        DisputeCase inside = cases().create(newCase("acme", wrongSize("8100000000000003"), since.plusSeconds(1)),
                List.of());
        cases().create(newCase("globex", wrongSize("8100000000000004"), since.plusSeconds(1)), List.of());
        Instant closedAt = since.plus(Duration.ofDays(1));
        cases().update(before.closed(Outcome.KEPT, Optional.empty()), entry(closedAt, TimelineEntry.Kind.CLOSED,
                "kept"));

        List<com.disputedesk.core.cases.CaseReports.ReportedCase> seen = new ArrayList<>();
        db.stores().reports().eachSince("acme", since, seen::add);

        assertThat(seen).extracting(r -> r.dispute().number().value()).containsExactly(1, 3);
        assertThat(seen.get(0).closedAt()).contains(closedAt);
        assertThat(seen.get(0).dispute().state()).isEqualTo(CaseState.CLOSED);
        assertThat(seen.get(1).closedAt()).isEmpty();
        assertThat(seen.get(1).dispute()).isEqualTo(inside);
    }

    @Test
    void aStoredEvidenceFileOpensWithItsBytes() throws Exception {
        DisputeCase c = cases().create(newCase("acme", wrongSize("8100000000000001"), T0), List.of());
        byte[] bytes = "the label".getBytes(StandardCharsets.UTF_8);
        StoredEvidence stored = evidence().store(c.id(), new FileOffer("label.jpg", "image/jpeg", bytes.length,
                () -> new ByteArrayInputStream(bytes)), T0);

        try (InputStream in = evidence().open(stored)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        StoredEvidence outside = new StoredEvidence(c.id(), "x", "text/plain", 1, "00", "../../etc/passwd", T0);
        assertThatThrownBy(() -> evidence().open(outside)).isInstanceOf(IOException.class)
                .hasMessageContaining("outside the evidence folder");
    }

    // ---- cases

    @Test
    void numbersCasesPerTeamFromOne() {
        DisputeCase a1 = cases().create(newCase("acme", notReceived("8100000000000001"), T0), List.of());
        DisputeCase a2 = cases().create(newCase("acme", wrongSize("8100000000000002"), T0), List.of());
        DisputeCase b1 = cases().create(newCase("globex", wrongSize("8100000000000003"), T0), List.of());

        assertThat(List.of(a1.number(), a2.number(), b1.number()))
                .containsExactly(new CaseNumber(1), new CaseNumber(2), new CaseNumber(1));
        assertThat(Stream.of(a1, a2, b1).map(DisputeCase::id).distinct()).hasSize(3);
    }

    @Test
    void aCreatedCaseReadsBackExactlyAsCreated() {
        Instant at = T0.plusNanos(123_456_789);
        DisputeCase created = cases().create(newCase("acme", notReceived("8100000000000001"), at), List.of());

        assertThat(created.state()).isEqualTo(CaseState.OPEN);
        assertThat(created.owner()).contains(ALICE);
        assertThat(cases().byNumber("acme", new CaseNumber(1))).contains(created);
        DisputeCase read = cases().byNumber("acme", new CaseNumber(1)).orElseThrow();
        assertThat(read.facts().orderAmount()).isEqualTo(Money.of("12345678901234.57", "USD"));
        assertThat(read.facts().shipping().orElseThrow().trackingNumber()).contains("LP00123456789CN");
        assertThat(read.home().threadId()).contains("15");
        assertThat(read.openedAt()).isEqualTo(at);
        assertThat(cases().byNumber("acme", new CaseNumber(2))).isEmpty();
        assertThat(cases().byNumber("globex", new CaseNumber(1))).isEmpty();
    }

    @Test
    void keepsMoneyAsExactDecimalTextWithItsCurrency() {
        DisputeCase c = cases().create(newCase("acme", notReceived("1"), T0), List.of());
        cases().update(c.closed(Outcome.PARTIAL_REFUND, Optional.of(Money.of("0.10", "USD"))),
                entry(T0, TimelineEntry.Kind.CLOSED, "refunded 0.10 USD"));

        String facts = db.jdbc().queryOne("SELECT facts FROM dispute_case WHERE id = ?", rs -> rs.getString(1), c.id())
                .orElseThrow();
        assertThat(facts).contains("\"orderAmount\":{\"amount\":\"12345678901234.57\",\"currency\":\"USD\"}");
        assertThat(db.jdbc().queryOne("SELECT refunded_amount, refunded_currency FROM dispute_case WHERE id = ?",
                rs -> rs.getString(1) + " " + rs.getString(2), c.id())).contains("0.10 USD");
    }

    @Test
    void keepsLongTextFromMembersAndPlatforms() throws IOException {
        String longName = "Алиса ".repeat(100);
        Member member = new Member(Platform.DISCORD, "9".repeat(300), longName);
        DisputeCase c = cases().create(new NewCase("acme", wrongSize("1"), member,
                ChatRef.of(Platform.DISCORD, "8".repeat(300)).inThread("7".repeat(300)), T0),
                List.of(new TimelineEntry(T0, member.key() + " " + longName, TimelineEntry.Kind.CREATED, "x")));
        db.stores().dialogs().save(new StoredDialog("k".repeat(2_000), "intake", "{}", T0));
        evidence().store(c.id(), new FileOffer("a.bin", "application/" + "x".repeat(500), 1,
                () -> new ByteArrayInputStream(new byte[1])), T0);

        assertThat(cases().byNumber("acme", c.number())).contains(c);
        assertThat(cases().timeline(c.id()).get(0).actor()).endsWith(longName);
        assertThat(db.stores().dialogs().load("k".repeat(2_000))).isPresent();
        assertThat(evidence().forCase(c.id()).get(0).mediaType()).hasSize(512);
    }

    @Test
    void factsWithNothingOptionalReadBackAsGiven() {
        DisputeCase created = cases().create(newCase("acme", wrongSize("3000000001"), T0), List.of());

        assertThat(cases().byNumber("acme", created.number()).orElseThrow().facts())
                .isEqualTo(wrongSize("3000000001"));
    }

    @Test
    void findsTheNewestCaseOfAnOrder() {
        cases().create(newCase("acme", wrongSize("777"), T0), List.of());
        DisputeCase second = cases().create(newCase("acme", notReceived("777"), T0.plusSeconds(60)), List.of());
        cases().create(newCase("globex", wrongSize("777"), T0.plusSeconds(120)), List.of());

        assertThat(cases().byOrderId("acme", "777")).contains(second);
        assertThat(cases().byOrderId("acme", "778")).isEmpty();
    }

    @Test
    void listsOpenAndAllCasesNewestFirstWithinTheLimit() {
        List<DisputeCase> made = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            made.add(cases().create(newCase("acme", wrongSize("10" + i), T0.plusSeconds(i)), List.of()));
        }
        cases().create(newCase("globex", wrongSize("999"), T0), List.of());
        DisputeCase second = made.get(1);
        cases().update(second.closed(Outcome.KEPT, Optional.empty()), entry(T0, TimelineEntry.Kind.CLOSED, "kept"));

        assertThat(cases().open("acme", 10)).extracting(c -> c.number().value()).containsExactly(4, 3, 1);
        assertThat(cases().open("acme", 2)).extracting(c -> c.number().value()).containsExactly(4, 3);
        assertThat(cases().all("acme", 10)).extracting(c -> c.number().value()).containsExactly(4, 3, 2, 1);
        assertThat(cases().all("acme", 1)).extracting(c -> c.number().value()).containsExactly(4);
        assertThat(cases().all("nobody", 10)).isEmpty();
    }

    @Test
    void keepsTheTimelineInOrderAcrossCreateAppendAndUpdate() {
        DisputeCase c = cases().create(newCase("acme", wrongSize("1"), T0), List.of(
                entry(T0, TimelineEntry.Kind.INTAKE, "reason: wrong size"),
                entry(T0, TimelineEntry.Kind.CREATED, "case opened")));
        cases().append(c.id(), entry(T0.plusSeconds(5), TimelineEntry.Kind.NOTE, "buyer sent photos"));
        cases().update(c.withState(CaseState.AWAITING_BUYER),
                entry(T0.plusSeconds(9), TimelineEntry.Kind.OFFER_SENT, "offer 1: partial refund 5.00 USD"));

        assertThat(cases().timeline(c.id())).extracting(TimelineEntry::text).containsExactly(
                "reason: wrong size", "case opened", "buyer sent photos", "offer 1: partial refund 5.00 USD");
        assertThat(cases().timeline(c.id()).get(2))
                .isEqualTo(entry(T0.plusSeconds(5), TimelineEntry.Kind.NOTE, "buyer sent photos"));
    }

    @Test
    void appendingToAMissingCaseFailsAndStoresNothing() {
        assertThatThrownBy(() -> cases().append(404, entry(T0, TimelineEntry.Kind.NOTE, "lost")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(cases().timeline(404)).isEmpty();
    }

    @Test
    void updateStoresStateOwnerOutcomeAndRefundAndBumpsTheVersion() {
        DisputeCase c = cases().create(newCase("acme", notReceived("1"), T0), List.of());
        DisputeCase assigned = cases().update(c.withOwner(Optional.of(BOB)),
                entry(T0, TimelineEntry.Kind.ASSIGNED, "Bob takes it"));
        DisputeCase closed = cases().update(assigned.closed(Outcome.PARTIAL_REFUND,
                Optional.of(Money.of("4.05", "USD"))), entry(T0, TimelineEntry.Kind.CLOSED, "partial refund"));

        assertThat(assigned.version()).isEqualTo(c.version() + 1);
        assertThat(closed.version()).isEqualTo(c.version() + 2);
        DisputeCase read = cases().byNumber("acme", c.number()).orElseThrow();
        assertThat(read).isEqualTo(closed);
        assertThat(read.owner()).contains(BOB);
        assertThat(read.state()).isEqualTo(CaseState.CLOSED);
        assertThat(read.outcome()).contains(Outcome.PARTIAL_REFUND);
        assertThat(read.refunded()).contains(Money.of("4.05", "USD"));
        assertThat(cases().update(read.withOwner(Optional.empty()), entry(T0, TimelineEntry.Kind.NOTE, "unassigned"))
                .owner()).isEmpty();
    }

    @Test
    void aStaleUpdateIsRefusedAndChangesNothing() {
        DisputeCase c = cases().create(newCase("acme", notReceived("1"), T0), List.of());
        cases().update(c.withState(CaseState.AWAITING_BUYER), entry(T0, TimelineEntry.Kind.OFFER_SENT, "offer 1"));

        assertThatThrownBy(() -> cases().update(c.closed(Outcome.FULL_REFUND, Optional.empty()),
                entry(T0, TimelineEntry.Kind.CLOSED, "stale close")))
                .isInstanceOf(CaseStore.ConcurrentCaseUpdate.class);
        DisputeCase read = cases().byNumber("acme", c.number()).orElseThrow();
        assertThat(read.state()).isEqualTo(CaseState.AWAITING_BUYER);
        assertThat(cases().timeline(c.id())).extracting(TimelineEntry::text).containsExactly("offer 1");
    }

    @Test
    void twoStoresCreatingAtOnceNeverShareANumber() throws Exception {
        JdbcStores other = reopen();
        int perThread = 15;
        List<Callable<List<Integer>>> workers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<JdbcStores> writers = List.of(db, other, db, other);
        for (int w = 0; w < writers.size(); w++) {
            JdbcStores s = writers.get(w);
            String worker = Integer.toString(w);
            workers.add(() -> {
                start.await();
                List<Integer> numbers = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    // one order per case: a second open case of an order is refused
                    numbers.add(s.stores().cases().create(newCase("acme", wrongSize("5" + worker + "-" + i), T0),
                            List.of(entry(T0, TimelineEntry.Kind.CREATED, "opened"))).number().value());
                }
                return numbers;
            });
        }
        List<Integer> all = runTogether(workers, start).stream().flatMap(List::stream).collect(Collectors.toList());

        assertThat(all).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 4 * perThread).boxed()::iterator);
        assertThat(cases().all("acme", 1000)).hasSize(4 * perThread);
    }

    @Test
    void concurrentAppendsToOneCaseAreAllKept() throws Exception {
        JdbcStores other = reopen();
        DisputeCase c = cases().create(newCase("acme", wrongSize("1"), T0), List.of());
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<Integer>>> workers = new ArrayList<>();
        for (JdbcStores s : List.of(db, other, db)) {
            workers.add(() -> {
                start.await();
                for (int i = 0; i < 10; i++) {
                    s.stores().cases().append(c.id(), entry(T0, TimelineEntry.Kind.NOTE, "note"));
                }
                return List.of();
            });
        }
        runTogether(workers, start);

        assertThat(cases().timeline(c.id())).hasSize(30);
    }

    @Test
    void ofTwoConcurrentUpdatesFromOneVersionExactlyOneWins() throws Exception {
        JdbcStores other = reopen();
        DisputeCase c = cases().create(newCase("acme", wrongSize("1"), T0), List.of());
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean refused = new AtomicBoolean();
        List<Callable<List<Integer>>> workers = new ArrayList<>();
        for (JdbcStores s : List.of(db, other)) {
            workers.add(() -> {
                start.await();
                try {
                    s.stores().cases().update(c.withState(CaseState.AWAITING_BUYER),
                            entry(T0, TimelineEntry.Kind.OFFER_SENT, "offer"));
                    return List.of(1);
                } catch (CaseStore.ConcurrentCaseUpdate e) {
                    refused.set(true);
                    return List.of();
                }
            });
        }
        List<List<Integer>> results = runTogether(workers, start);

        assertThat(results.stream().mapToInt(List::size).sum()).isEqualTo(1);
        assertThat(refused).isTrue();
        assertThat(cases().timeline(c.id())).hasSize(1);
        assertThat(cases().byNumber("acme", c.number()).orElseThrow().version()).isEqualTo(c.version() + 1);
    }

    private static <T> List<T> runTogether(List<Callable<T>> workers, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            workers.forEach(w -> futures.add(pool.submit(w)));
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- reopen

    @Test
    void everythingIsStillThereAfterReopening() throws IOException {
        DisputeCase c = cases().create(newCase("acme", notReceived("1"), T0),
                List.of(entry(T0, TimelineEntry.Kind.CREATED, "opened")));
        db.stores().dialogs().save(new StoredDialog("console:console|console:alice", "intake", "{\"step\":3}", T0));
        db.stores().settings().put("acme", "language", "zh");
        StoredEvidence file = evidence().store(c.id(), offer("label.jpg", bytes("size label")), T0);
        db.close();

        db = reopen();

        assertThat(cases().byNumber("acme", c.number())).contains(c);
        assertThat(cases().timeline(c.id())).extracting(TimelineEntry::text).containsExactly("opened");
        assertThat(db.stores().dialogs().load("console:console|console:alice")).contains(
                new StoredDialog("console:console|console:alice", "intake", "{\"step\":3}", T0));
        assertThat(db.stores().settings().get("acme", "language")).contains("zh");
        assertThat(evidence().forCase(c.id())).containsExactly(file);
        assertThat(cases().create(newCase("acme", wrongSize("2"), T0), List.of()).number().value()).isEqualTo(2);
    }

    // ---- dialogs

    @Test
    void savesReplacesAndDeletesDialogs() {
        var dialogs = db.stores().dialogs();
        dialogs.save(new StoredDialog("k1", "intake", "{\"step\":1}", T0));
        dialogs.save(new StoredDialog("k1", "intake", "{\"step\":2}", T0.plusSeconds(30)));
        dialogs.save(new StoredDialog("k2", "intake", "{}", T0));

        assertThat(dialogs.load("k1")).contains(new StoredDialog("k1", "intake", "{\"step\":2}", T0.plusSeconds(30)));
        dialogs.delete("k1");
        assertThat(dialogs.load("k1")).isEmpty();
        assertThat(dialogs.load("k2")).isPresent();
        assertThat(reopen().stores().dialogs().load("k1")).isEmpty();
    }

    @Test
    void aSavedDialogIsInTheDatabaseBeforeSaveReturns() {
        JdbcStores other = reopen();
        assertThat(other.stores().dialogs().load("k")).isEmpty();

        db.stores().dialogs().save(new StoredDialog("k", "intake", "{\"step\":4}", T0));

        assertThat(other.stores().dialogs().load("k"))
                .contains(new StoredDialog("k", "intake", "{\"step\":4}", T0));
        assertThat(db.jdbc().queryOne("SELECT state FROM dialog WHERE dialog_key = ?", rs -> rs.getString(1), "k"))
                .contains("{\"step\":4}");
    }

    @Test
    void deletesDialogsIdleSinceTheCutoff() {
        var dialogs = db.stores().dialogs();
        dialogs.save(new StoredDialog("old", "intake", "{}", T0));
        dialogs.save(new StoredDialog("edge", "intake", "{}", T0.plus(Duration.ofHours(24))));
        dialogs.save(new StoredDialog("new", "intake", "{}", T0.plus(Duration.ofHours(30))));

        int deleted = dialogs.deleteIdleSince(T0.plus(Duration.ofHours(24)));

        assertThat(deleted).isEqualTo(1);
        assertThat(dialogs.load("old")).isEmpty();
        assertThat(dialogs.load("edge")).isPresent();
        assertThat(dialogs.load("new")).isPresent();
    }

    // ---- settings

    @Test
    void keepsSettingsPerTeam() {
        var settings = db.stores().settings();
        settings.put("acme", "language", "en");
        settings.put("acme", "language", "zh");
        settings.put("acme", "margin", "0.35");
        settings.put("globex", "language", "en");

        assertThat(settings.get("acme", "language")).contains("zh");
        assertThat(settings.get("acme", "unknown")).isEmpty();
        assertThat(settings.all("acme")).isEqualTo(Map.of("language", "zh", "margin", "0.35"));
        assertThat(settings.all("globex")).isEqualTo(Map.of("language", "en"));
        assertThat(settings.all("nobody")).isEmpty();
    }

    // ---- evidence

    @Test
    void storesEvidenceWithItsHashAndSize() throws Exception {
        DisputeCase c = cases().create(newCase("acme", wrongSize("1"), T0), List.of());
        byte[] content = bytes("a photo of the size label");

        StoredEvidence stored = evidence().store(c.id(), offer("label.jpg", content), T0);

        assertThat(stored.fileName()).isEqualTo("label.jpg");
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(stored.mediaType()).isEqualTo("image/jpeg");
        assertThat(stored.path()).isEqualTo(c.id() + "/label.jpg");
        assertThat(Files.readAllBytes(evidenceDir().resolve(stored.path()))).isEqualTo(content);
        assertThat(evidence().forCase(c.id())).containsExactly(stored);
        assertThat(evidence().maxBytes()).isEqualTo(LIMIT);
    }

    @Test
    void sanitisesNamesAndNeverOverwritesAnEarlierFile() throws IOException {
        DisputeCase c = cases().create(newCase("acme", wrongSize("1"), T0), List.of());

        StoredEvidence first = evidence().store(c.id(), offer("../../etc/passwd", bytes("one")), T0);
        StoredEvidence second = evidence().store(c.id(), offer("..\\..\\passwd", bytes("two")), T0.plusSeconds(1));
        StoredEvidence third = evidence().store(c.id(), offer("pass\u0000wd\n", bytes("three")), T0.plusSeconds(2));

        assertThat(List.of(first.fileName(), second.fileName(), third.fileName()))
                .containsExactly("passwd", "passwd (2)", "pass_wd_");
        Path caseDir = evidenceDir().resolve(Long.toString(c.id()));
        assertThat(Files.readString(caseDir.resolve("passwd"))).isEqualTo("one");
        assertThat(Files.readString(caseDir.resolve("passwd (2)"))).isEqualTo("two");
        assertThat(evidence().forCase(c.id())).containsExactly(first, second, third);
    }

    @Test
    void aDownloadCutShortByACrashIsSweptOnceItIsStaleAndKeptEvidenceStays() throws IOException {
        DisputeCase c = cases().create(newCase("acme", wrongSize("1"), T0), List.of());
        StoredEvidence kept = evidence().store(c.id(), offer("label.jpg", bytes("kept")), T0);
        Path caseDir = evidenceDir().resolve(Long.toString(c.id()));
        Path crashed = Files.writeString(caseDir.resolve(".download-123.part"), "half a pho");
        Files.setLastModifiedTime(crashed, FileTime.from(T0.minus(Duration.ofHours(2))));
        Path running = Files.writeString(caseDir.resolve(".download-456.part"), "still comi");
        Files.setLastModifiedTime(running, FileTime.from(T0.minus(Duration.ofMinutes(10))));
        Path emptyCase = Files.createDirectories(evidenceDir().resolve("999"));
        Files.setLastModifiedTime(Files.writeString(emptyCase.resolve(".download-7.part"), "x"),
                FileTime.from(T0.minus(Duration.ofDays(1))));

        assertThat(db.sweepUnfinishedEvidence(T0)).isEqualTo(2);

        assertThat(crashed).doesNotExist();
        assertThat(running).exists();
        assertThat(emptyCase).doesNotExist();
        assertThat(Files.readString(evidenceDir().resolve(kept.path()))).isEqualTo("kept");
        assertThat(evidence().forCase(c.id())).containsExactly(kept);
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedBeforeDownloading() {
        DisputeCase c = cases().create(newCase("acme", wrongSize("1"), T0), List.of());
        AtomicBoolean opened = new AtomicBoolean();
        FileOffer big = new FileOffer("video.mp4", "video/mp4", LIMIT + 1, () -> {
            opened.set(true);
            return new ByteArrayInputStream(new byte[0]);
        });

        assertThatThrownBy(() -> evidence().store(c.id(), big, T0)).isInstanceOf(EvidenceStore.TooLarge.class);
        assertThat(opened).isFalse();
        assertThat(evidence().forCase(c.id())).isEmpty();
    }

    @Test
    void aDownloadGrowingPastTheLimitIsCutOffAndDeleted() throws IOException {
        DisputeCase c = cases().create(newCase("acme", wrongSize("1"), T0), List.of());
        evidence().store(c.id(), offer("keep.txt", bytes("kept")), T0);
        FileOffer lying = new FileOffer("small.bin", "application/octet-stream", 10,
                () -> new ByteArrayInputStream(new byte[(int) LIMIT + 1]));

        assertThatThrownBy(() -> evidence().store(c.id(), lying, T0)).isInstanceOf(EvidenceStore.TooLarge.class);
        assertThat(evidence().forCase(c.id())).extracting(StoredEvidence::fileName).containsExactly("keep.txt");
        assertThat(filesIn(evidenceDir().resolve(Long.toString(c.id())))).containsExactly("keep.txt");
    }

    @Test
    void aFileExactlyAtTheLimitIsKept() throws IOException {
        DisputeCase c = cases().create(newCase("acme", wrongSize("1"), T0), List.of());

        StoredEvidence stored = evidence().store(c.id(), new FileOffer("full.bin", "application/octet-stream",
                LIMIT, () -> new ByteArrayInputStream(new byte[(int) LIMIT])), T0);

        assertThat(stored.size()).isEqualTo(LIMIT);
    }

    @Test
    void aFailingDownloadLeavesNothingBehind() {
        DisputeCase c = cases().create(newCase("acme", wrongSize("1"), T0), List.of());
        FileOffer broken = new FileOffer("photo.jpg", "image/jpeg", -1, () -> new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 100) {
                    return 'x';
                }
                throw new IOException("connection reset");
            }
        });

        assertThatThrownBy(() -> evidence().store(c.id(), broken, T0)).hasMessageContaining("connection reset");
        assertThat(evidence().forCase(c.id())).isEmpty();
        assertThat(evidenceDir().resolve(Long.toString(c.id()))).doesNotExist();
    }

    @Test
    void evidenceForAMissingCaseIsRefusedAndNotKept() {
        assertThatThrownBy(() -> evidence().store(404, offer("a.txt", bytes("a")), T0))
                .isInstanceOf(StoreException.class);
        assertThat(evidence().forCase(404)).isEmpty();
        assertThat(evidenceDir().resolve("404")).doesNotExist();
    }

    // ---- the JDBC helper

    @Test
    void aTransactionThatThrowsLeavesNothingBehind() {
        assertThatThrownBy(() -> db.jdbc().useTransaction(tx -> {
            tx.update("INSERT INTO team_setting (team, name, value) VALUES (?, ?, ?)", "acme", "language", "zh");
            throw new IllegalStateException("changed my mind");
        })).hasMessage("changed my mind");

        assertThat(db.stores().settings().get("acme", "language")).isEmpty();
        assertThat(db.jdbc().query("SELECT name FROM team_setting", rs -> rs.getString(1))).isEmpty();
    }

    @Test
    void countersCountFromOneAndGiveBackWhatARolledBackTransactionTook() {
        List<Long> values = db.jdbc().inTransaction(tx -> List.of(tx.next("reminder"), tx.next("reminder"),
                tx.next("x")));
        assertThat(values).containsExactly(1L, 2L, 1L);
        assertThatThrownBy(() -> db.jdbc().useTransaction(tx -> {
            tx.next("reminder");
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        long next = reopen().jdbc().inTransaction(tx -> tx.next("reminder"));
        assertThat(next).isEqualTo(3L);
    }

    @Test
    void bindsEmptyOptionalsAndNullsAsSqlNull() {
        DisputeCase c = cases().create(newCase("acme", wrongSize("1"), T0), List.of());
        db.jdbc().update("UPDATE dispute_case SET outcome = ?, refunded_amount = ? WHERE id = ?",
                Optional.empty(), null, c.id());

        assertThat(db.jdbc().queryOne("SELECT COUNT(*) FROM dispute_case WHERE outcome IS NULL AND id = ?",
                rs -> rs.getLong(1), c.id())).contains(1L);
    }

    // ---- one open case per order

    @Test
    void aSecondOpenCaseForTheSameOrderIsRefusedAndNothingIsStored() {
        DisputeCase first = cases().create(newCase("acme", notReceived("8100000000000001"), T0),
                List.of(entry(T0, TimelineEntry.Kind.CREATED, "opened")));

        assertThatThrownBy(() -> cases().create(newCase("acme", notReceived("8100000000000001"), T0),
                List.of(entry(T0, TimelineEntry.Kind.CREATED, "opened"))))
                .isInstanceOfSatisfying(CaseStore.OrderAlreadyOpen.class,
                        e -> assertThat(e.open()).isEqualTo(first.number()));

        assertThat(cases().all("acme", 10)).containsExactly(first);
        assertThat(cases().forOrder("acme", "aliexpress", "8100000000000001")).contains(first);
        // the same order id on another marketplace, or in another team, is another order
        DisputeCase onTemu = cases().create(newCase("acme", wrongSize("8100000000000001"), T0), List.of());
        cases().create(newCase("globex", notReceived("8100000000000001"), T0), List.of());
        // the refused create used no number up
        assertThat(onTemu.number()).isEqualTo(new CaseNumber(2));
    }

    @Test
    void aClosedCaseFreesItsOrderAndReopensOnlyWhileNoOtherCaseOfItIsOpen() {
        DisputeCase first = cases().create(newCase("acme", notReceived("8100000000000001"), T0), List.of());
        DisputeCase closed = cases().update(first.closed(Outcome.KEPT, Optional.empty()),
                entry(T0, TimelineEntry.Kind.CLOSED, "kept"));
        DisputeCase second = cases().create(newCase("acme", notReceived("8100000000000001"), T0), List.of());

        assertThatThrownBy(() -> cases().update(closed.reopened(closed.facts()),
                entry(T0, TimelineEntry.Kind.REOPENED, "again")))
                .isInstanceOfSatisfying(CaseStore.OrderAlreadyOpen.class,
                        e -> assertThat(e.open()).isEqualTo(second.number()));
        assertThat(cases().byNumber("acme", first.number())).contains(closed);
        assertThat(cases().timeline(first.id())).hasSize(1);
        assertThat(cases().forOrder("acme", "aliexpress", "8100000000000001")).contains(second);

        cases().update(second.closed(Outcome.WITHDRAWN, Optional.empty()),
                entry(T0, TimelineEntry.Kind.CLOSED, "withdrawn"));
        DisputeCase reopened = cases().update(closed.reopened(notReceived("8100000000000001")),
                entry(T0, TimelineEntry.Kind.REOPENED, "again"));

        assertThat(reopened.state()).isEqualTo(CaseState.OPEN);
        assertThat(reopened.outcome()).isEmpty();
        assertThat(reopened.refunded()).isEmpty();
        assertThat(reopened.number()).isEqualTo(first.number());
    }

    @Test
    void twoStoresOpeningTheSameOrderAtOnceOpenOneCase() throws Exception {
        JdbcStores other = reopen();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<Integer>>> workers = new ArrayList<>();
        for (JdbcStores s : List.of(db, other, db, other)) {
            workers.add(() -> {
                start.await();
                try {
                    return List.of(s.stores().cases().create(newCase("acme", notReceived("8100000000000001"), T0),
                            List.of(entry(T0, TimelineEntry.Kind.CREATED, "opened"))).number().value());
                } catch (CaseStore.OrderAlreadyOpen refused) {
                    return List.of();
                }
            });
        }

        List<Integer> opened = runTogether(workers, start).stream().flatMap(List::stream).toList();

        assertThat(opened).containsExactly(1);
        assertThat(cases().all("acme", 10)).hasSize(1);
        assertThat(cases().timeline(cases().all("acme", 10).get(0).id())).hasSize(1);
    }

    static FileOffer offer(String name, byte[] content) {
        String type = name.endsWith(".jpg") ? "image/jpeg" : "text/plain";
        return new FileOffer(name, type, content.length, () -> new ByteArrayInputStream(content));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
