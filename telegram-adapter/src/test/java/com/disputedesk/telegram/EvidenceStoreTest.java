package com.disputedesk.telegram;

import com.disputedesk.core.store.JdbcDeliveryLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.bot.Conversation;
import com.disputedesk.core.bot.Router;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.RoutingOutbox;
import com.disputedesk.core.evidence.EvidenceStore;
import com.disputedesk.core.evidence.StoredEvidence;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import com.disputedesk.core.testkit.TestDesk;
import com.disputedesk.telegram.fake.FakeBotApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence from Telegram into the engine's real evidence store (files under the data folder, SHA-256 and size
 * recorded, 1 MB limit in the test desk), for a case opened through the real intake.
 */
class EvidenceStoreTest {
    private static final long GROUP = -1001;
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    FakeBotApi fake;
    TestDesk desk;
    TelegramAdapter adapter;

    @BeforeEach
    void setUp() {
        try (TestDesk console = TestDesk.open(dir)) {
            console.chat().send("/new").press("AliExpress").send("8123456789012345").send("Maria G.").send("es")
                    .send("1").send("25.90 USD").press("Full refund").send("8.50").send("skip")
                    .send("LP00123456789CN").send("in transit").send("18").send("3").send("1,2").send("yesterday")
                    .send("confirm").expect("Confirmed.").expect("Case #1 opened");
        }
        fake = new FakeBotApi();
        RoutingOutbox routing = new RoutingOutbox();
        desk = TestDesk.open(dir, routing);
        adapter = new TelegramAdapter(TelegramSettings.polling(FakeBotApi.TOKEN, fake.baseUrl())
                .withPollTimeout(Duration.ofSeconds(2)), JdbcDeliveryLedger.opener(desk.stores().dataSource()),
                Clock.systemUTC());
        routing.register(Platform.TELEGRAM, adapter.outbox());
        adapter.start(evidenceBot(routing));
    }

    @AfterEach
    void tearDown() {
        adapter.close();
        desk.close();
        fake.close();
    }

    /** The engine's team and stores with one job: file attachments captioned "/evidence N" under case N. */
    private Bot evidenceBot(RoutingOutbox routing) {
        EvidenceStore evidence = desk.stores().stores().evidence();
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
        Router router = new Router(List.of(), List.of(), none, (turn, a) -> {
            int number = Integer.parseInt(a.caption().replace("/evidence", "").strip());
            DisputeCase c = desk.stores().stores().cases().byNumber(turn.team().id(), new CaseNumber(number))
                    .orElseThrow();
            try {
                StoredEvidence stored = evidence.store(c.id(), a.file(), turn.now());
                turn.say("Stored " + stored.fileName() + " " + stored.size() + " bytes sha256 " + stored.sha256());
            } catch (EvidenceStore.TooLarge e) {
                turn.say("Refused: " + a.file().fileName() + " is larger than " + e.limit() + " bytes.");
            } catch (IOException e) {
                turn.say("Download failed: " + e.getMessage());
            }
        });
        return new Bot(new TeamDirectory(List.of(TestDesk.TEAM)),
                new TeamSettings(desk.stores().stores().settings()), router, routing, desk.clock());
    }

    private long caseId() {
        return desk.stores().stores().cases().byNumber(TestDesk.TEAM.id(), new CaseNumber(1)).orElseThrow().id();
    }

    @Test
    void aPhotoIsStoredUnderTheCaseWithItsSha256() throws Exception {
        byte[] bytes = new byte[400_000];
        new Random(3).nextBytes(bytes);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        fake.photo(GROUP, 42, "Ann", bytes, "/evidence 1", null);

        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);
        assertThat(fake.textsTo(GROUP).get(0)).contains("400000 bytes sha256 " + sha);
        List<StoredEvidence> kept = desk.stores().stores().evidence().forCase(caseId());
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).sha256()).isEqualTo(sha);
        Path file = desk.stores().evidenceDir().resolve(kept.get(0).path());
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void aFileDeclaredTooLargeIsRefusedWithoutDownloading() {
        fake.document(GROUP, 42, "Ann", "scan.pdf", new byte[10], 5_000_000, "/evidence 1");

        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);
        assertThat(fake.textsTo(GROUP).get(0)).isEqualTo("Refused: scan.pdf is larger than 1000000 bytes.");
        assertThat(fake.calls("download")).isEmpty();
        assertThat(desk.stores().stores().evidence().forCase(caseId())).isEmpty();
    }

    @Test
    void aFileLargerThanItsDeclaredSizeIsRefusedAndNothingKept() throws Exception {
        fake.document(GROUP, 42, "Ann", "scan.pdf", new byte[1_200_000], 1000, "/evidence 1");

        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);
        assertThat(fake.textsTo(GROUP).get(0)).isEqualTo("Refused: scan.pdf is larger than 1000000 bytes.");
        assertThat(desk.stores().stores().evidence().forCase(caseId())).isEmpty();
        try (var left = Files.walk(desk.stores().evidenceDir())) {
            assertThat(left.filter(Files::isRegularFile).toList()).isEmpty();
        }
    }
}
