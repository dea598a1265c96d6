package com.disputedesk.telegram;

import com.disputedesk.core.store.JdbcDeliveryLedger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.RoutingOutbox;
import com.disputedesk.core.testkit.TestDesk;
import com.disputedesk.telegram.fake.FakeBotApi;
import com.fasterxml.jackson.databind.JsonNode;
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
    private static final long BOB = 43;
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
        assertThat(fake.shownTo(GROUP).get(fake.shownTo(GROUP).size() - 1).text())
                .contains("&lt;b&gt;Maria&lt;/b&gt; &amp; Co");
        // The whole dialog was one message, edited at every step: a press costs one edit and no new message.
        assertThat(fake.sentTo(GROUP)).hasSize(1);
        int prompt = fake.sentTo(GROUP).get(0).body().path("result_message").path("message_id").asInt();
        assertThat(fake.calls("editMessageText")).allSatisfy(e -> assertThat(e.body().path("message_id").asInt())
                .isEqualTo(prompt));

        chat.press("Confirm").expect("Case #1 opened: AliExpress order " + ORDER + ", Not received.");
        await().atMost(Duration.ofSeconds(10)).until(() -> fake.sentTo(GROUP).size() >= 4
                && fake.textsTo(GROUP).get(fake.textsTo(GROUP).size() - 1).contains("<b>"));
        // Every press answered: AliExpress, Not received, Full refund, Confirm.
        assertThat(fake.calls("answerCallbackQuery")).hasSize(4);
        // The intake's messages: its own (kept as the record of what was confirmed), the case, its card (the group
        // has no topics: the case's later messages answer the card), the suggestion; far within Telegram's 20
        // messages a minute in a group.
        assertThat(fake.sentTo(GROUP)).hasSize(4);
        assertThat(fake.shownMessage(GROUP, prompt).path("text").asText()).contains("Confirmed.")
                .contains("Order id: " + ORDER);
        assertThat(fake.shownMessage(GROUP, prompt).path("reply_markup").path("inline_keyboard"))
                .as("no buttons left").isEmpty();

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

        // What was typed meanwhile answered a question the member no longer saw: the bot says where the draft
        // stands, asks that question again in a new message, and the draft goes on from there.
        chat.expect("I was restarted. You were at question 3 of 11: Buyer.");
        assertThat(chat.currentHtml()).contains("Marketplace: Temu · Order id: PO-211-1234567890123")
                .contains("buyer's name");
        chat.answer("@shopper_99").expect("Which language").answer("de").expect("What is the dispute about?")
                .press("Counterfeit claim").expect("What did the buyer pay?")
                .answer("USD 40").expect("What does the buyer ask for?");
        assertThat(chat.count("Which marketplace")).isEqualTo(1);
        assertThat(fake.sentTo(GROUP)).as("the first message, and the one after the restart").hasSize(2);
        assertThat(fake.unconfirmed()).isZero();
    }

    @Test
    void aPrivateChatWithATeamMemberWorksWithoutReplies() {
        GroupChat chat = new GroupChat(fake, ANN, ANN, "Ann");
        chat.send("/new").expect("Which marketplace").press("eBay").expect("eBay order number");
        chat.send("12-34567-89012").expect("buyer's name");
        assertThat(fake.shownTo(ANN)).allSatisfy(c -> assertThat(c.body().has("reply_parameters")).isFalse());
    }

    @Test
    void aPressOnAnotherMembersDraftIsRefusedToThePresserAloneAndChangesNothing() {
        GroupChat ann = new GroupChat(fake, GROUP, ANN, "Ann");
        ann.send("/new").expect("Which marketplace");
        JsonNode before = fake.shownMessage(GROUP, ann.current().path("message_id").asInt());
        int sentBefore = fake.sentTo(GROUP).size();

        new GroupChat(fake, GROUP, BOB, "Bob").pressOn(ann.current(), "Temu");

        await().atMost(Duration.ofSeconds(10)).until(() -> !fake.calls("answerCallbackQuery").isEmpty());
        FakeBotApi.Call alert = fake.calls("answerCallbackQuery").get(0);
        assertThat(alert.body().path("text").asText()).isEqualTo("That button belongs to another member's draft.");
        assertThat(alert.body().path("show_alert").asBoolean()).isTrue();
        // Ann's draft goes on where it was: her next press is the first move of it.
        ann.press("AliExpress").expect("What is the AliExpress order number?");
        assertThat(fake.calls("editMessageText")).as("Bob's press edited nothing").hasSize(1);
        assertThat(fake.calls("editMessageText").get(0).text()).contains("AliExpress order number");
        assertThat(before.path("text").asText()).contains("Which marketplace");
        assertThat(fake.sentTo(GROUP)).as("nothing said to the group").hasSize(sentBefore);
    }

    @Test
    void withPrivacyModeOffOrdinaryChatterGetsNoReply() {
        fake.privacyMode(false);
        GroupChat ann = new GroupChat(fake, GROUP, ANN, "Ann");
        GroupChat bob = new GroupChat(fake, GROUP, BOB, "Bob");
        bob.send("lunch at noon?");
        ann.send("/new").expect("Which marketplace");
        // Ann's draft waits for a press: her chatter is not an answer.
        ann.send("sure, after this dispute");
        bob.send("ok");
        ann.press("Temu").expect("Temu order number");
        // Now it waits for typed text: with privacy mode off she need not reply to the bot.
        ann.send("PO-211-1234567890123").expect("buyer's name");
        bob.send("see you there");
        ann.answer("@shopper_99").expect("Which language");
        assertThat(fake.sentTo(GROUP)).as("only the draft's own message").hasSize(1);
        assertThat(fake.shownTo(GROUP)).noneMatch(c -> c.text().contains("Type /new"));
    }

    @Test
    void aGroupNoTeamOwnsIsRefusedInBothLanguages() {
        GroupChat chat = new GroupChat(fake, -1009, 77, "Mallory");
        chat.send("/new").expect("not set up for DisputeDesk");
        assertThat(chat.currentHtml()).contains("-1009");
        assertThat(fake.sentTo(-1009)).hasSize(1);
    }
}
