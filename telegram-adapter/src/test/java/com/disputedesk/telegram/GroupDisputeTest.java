package com.disputedesk.telegram;

import com.disputedesk.core.store.JdbcDeliveryLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.RoutingOutbox;
import com.disputedesk.core.testkit.TestDesk;
import com.disputedesk.telegram.fake.FakeBotApi;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dispute worked in the team's Telegram group, through the whole engine (TestDesk over a SQLite file) and the
 * real client against the fake Bot API in privacy mode: the bot only sees commands, button presses and replies
 * to its own messages, as in a default group.
 */
class GroupDisputeTest {
    private static final long GROUP = -1001;
    private static final long ANN = 42;
    private static final String ORDER = "8123456789012345";

    @TempDir
    Path dir;
    FakeBotApi fake;
    RoutingOutbox routing;
    TestDesk desk;
    TelegramAdapter adapter;

    @BeforeEach
    void setUp() {
        fake = new FakeBotApi().privacyMode(true);
        routing = new RoutingOutbox();
        desk = TestDesk.open(dir, routing);
        startAdapter();
    }

    @AfterEach
    void tearDown() {
        if (adapter != null) {
            adapter.close();
        }
        desk.close();
        fake.close();
    }

    private void startAdapter() {
        // The flood limits have their own tests; here a dialog should not wait a minute for the group window.
        TelegramSettings settings = TelegramSettings.polling(FakeBotApi.TOKEN, fake.baseUrl())
                .withPollTimeout(Duration.ofSeconds(2)).withDrainTimeout(Duration.ofSeconds(5))
                .withLimits(new TelegramSettings.Limits(Duration.ofMillis(20), 1000, 1000));
        // The engine runs on the test desk's hand-moved clock; the adapter paces real HTTP calls on real time.
        adapter = new TelegramAdapter(settings, JdbcDeliveryLedger.opener(desk.stores().dataSource()),
                Clock.systemUTC());
        routing.register(Platform.TELEGRAM, adapter.outbox());
        adapter.start(desk.desk().bot());
    }

    @Test
    void aWholeIntakeByButtonsAndRepliesOpensTheCaseAndShowsTheSuggestion() {
        GroupChat chat = new GroupChat(fake, GROUP, ANN, "Ann");
        chat.send("/new@DeskBot").expect("Which marketplace")
                .press("AliExpress").expect("What is the AliExpress order number?");
        // A typed step keeps its Back/Cancel buttons and says how to answer under privacy mode.
        assertThat(chat.currentHtml()).contains("Reply to this message to answer");
        // Typed without replying: privacy mode hides it from the bot, so the dialog waits.
        chat.send(ORDER);
        chat.answer(ORDER).expect("buyer's name")
                .answer("<b>Maria</b> & Co").expect("Which language");
        // Language buttons, and a code no button offers may be typed: the hint says how.
        assertThat(chat.currentHtml()).contains("Reply to this message to answer");
        chat.answer("es").expect("What is the dispute about?");
        assertThat(chat.currentHtml()).as("buttons only").doesNotContain("Reply to this message");
        chat.press("Not received").expect("What did the buyer pay?")
                .answer("25.90 USD").expect("What does the buyer ask for?")
                .press("Full refund").expect("What did the item cost you, in USD?")
                .answer("8.50").expect("What did shipping cost you")
                .answer("skip").expect("tracking number")
                .answer("LP00123456789CN").expect("carrier's tracking")
                .answer("in transit").expect("How many days ago")
                .answer("18").expect("How many days ago did the tracking last change?")
                .answer("3").expect("Which evidence")
                .answer("1,2").expect("When was the dispute opened?")
                .answer("yesterday").expect("Please check the case");
        assertThat(chat.currentHtml()).contains("<b>Maria</b> & Co");
        assertThat(fake.sentTo(GROUP).get(fake.sentTo(GROUP).size() - 1).text())
                .contains("&lt;b&gt;Maria&lt;/b&gt; &amp; Co");

        chat.press("Confirm").expect("Case #1 opened: AliExpress order " + ORDER + ", Not received.");
        await().atMost(Duration.ofSeconds(10)).until(() -> fake.sentTo(GROUP).size() >= 2
                && fake.textsTo(GROUP).get(fake.textsTo(GROUP).size() - 1).contains("<b>"));
        // Every press answered: AliExpress, Not received, Full refund, Confirm.
        assertThat(fake.calls("answerCallbackQuery")).hasSize(4);
        assertThat(chat.count("Which marketplace")).isEqualTo(1);
        assertThat(chat.count("What is the AliExpress order number?")).isEqualTo(1);

        // Then the case is worked with commands in the group, addressed to the bot by name or not.
        chat.send("/case@DeskBot 1").expect("Case #1");
        assertThat(chat.currentHtml()).contains("<b>Maria</b> & Co");
        chat.send("/claim@DeskBot 1").expect("case #1");
        byte[] photo = new byte[200_000];
        new java.util.Random(5).nextBytes(photo);
        fake.photo(GROUP, ANN, "Ann", photo, "/evidence 1", null);
        chat.expect("as evidence for case #1");
        assertThat(chat.currentHtml()).contains("sha256 " + sha256(photo));
        chat.send("/offer 1 1").expect("Case #1: recorded as sent: 1.");
        chat.send("/reply 1 accepted").expect("Case #1: the buyer accepted offer 1");
        chat.send("/close 1 full-refund").expect("Case #1 closed: full refund, refunded 25.90 USD.");
        chat.send("/stats").expect("Dispute figures for the last 30 days");
        assertThat(chat.currentHtml()).contains("Cases: 1");
        chat.send("/nosuchcommand").expect("Unknown command /nosuchcommand");
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOversizedEvidenceFileIsRefusedWithAClearMessage() {
        GroupChat chat = new GroupChat(fake, GROUP, ANN, "Ann");
        chat.send("/new").expect("Which marketplace").press("Temu").expect("Temu order number")
                .answer("PO-211-1234567890123").expect("buyer's name")
                .answer("@shopper_99").expect("Which language")
                .press("German (de)").expect("What is the dispute about?")
                .press("Counterfeit claim").expect("What did the buyer pay?")
                .answer("USD 40").expect("What does the buyer ask for?")
                .press("Partial refund").expect("How much does the buyer ask back?")
                .answer("12.5").expect("What did the item cost you")
                .answer("skip").expect("What did shipping cost you")
                .answer("skip").expect("Which evidence")
                .answer("none").expect("When was the dispute opened?")
                .answer("skip").expect("Please check the case").press("Confirm").expect("Case #1 opened");
        fake.document(GROUP, ANN, "Ann", "unboxing.mp4", new byte[16], 5_000_000, "/evidence 1");
        chat.expect("larger than the limit");
        assertThat(chat.currentHtml()).contains("unboxing.mp4").contains("nothing was stored");
        assertThat(fake.calls("download")).isEmpty();
    }

    @Test
    void aRestartMidDialogLosesNoAnswerAndRepeatsNoQuestion() {
        GroupChat chat = new GroupChat(fake, GROUP, ANN, "Ann");
        chat.send("/new").expect("Which marketplace")
                .press("Temu").expect("Temu order number")
                .answer("PO-211-1234567890123").expect("buyer's name");

        // The process stops; the member answers meanwhile; a new process starts over the same database file.
        adapter.close();
        adapter = null;
        desk = desk.restart();
        chat.answer("@shopper_99");
        startAdapter();

        chat.expect("Which language").answer("de").expect("What is the dispute about?")
                .press("Counterfeit claim").expect("What did the buyer pay?")
                .answer("USD 40").expect("What does the buyer ask for?");
        assertThat(chat.count("Which marketplace")).isEqualTo(1);
        assertThat(chat.count("Temu order number")).isEqualTo(1);
        assertThat(chat.count("buyer's name")).isEqualTo(1);
        assertThat(chat.count("Which language")).isEqualTo(1);
        assertThat(fake.unconfirmed()).isZero();
    }

    @Test
    void aPrivateChatWithATeamMemberWorksWithoutReplies() {
        GroupChat chat = new GroupChat(fake, ANN, ANN, "Ann");
        chat.send("/new").expect("Which marketplace").press("eBay").expect("eBay order number");
        chat.send("12-34567-89012").expect("buyer's name");
        assertThat(fake.sentTo(ANN).get(1).body().has("reply_parameters")).isFalse();
    }

    @Test
    void aGroupNoTeamOwnsIsRefusedInBothLanguages() {
        GroupChat chat = new GroupChat(fake, -1009, 77, "Mallory");
        chat.send("/new").expect("not set up for DisputeDesk");
        assertThat(chat.currentHtml()).contains("-1009");
        assertThat(fake.sentTo(-1009)).hasSize(1);
    }
}
