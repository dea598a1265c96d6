package com.disputedesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.RoutingOutbox;
import com.disputedesk.core.home.LostHomes;
import com.disputedesk.core.store.JdbcDeliveryLedger;
import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import com.disputedesk.core.testkit.TestDesk;
import com.disputedesk.telegram.fake.FakeBotApi;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A topic per case in a forum supergroup, through the whole engine and the real client against the fake Bot API:
 * opened on confirm with the case's name, the case worked inside it without a case number (a photo there is
 * its evidence), reminders there, closed after the close; a group without topics keeps the case as replies to
 * its card; a deleted topic
 * gives the case back to the group with a notice.
 */
class CaseTopicsTest {
    private static final long GROUP = -1001;
    private static final long ANN = 42;
    private static final String NAME = "#1 \u00b7 Temu \u00b7 Counterfeit claim \u00b7 Maria Lopez";

    @TempDir
    Path dir;
    FakeBotApi fake;
    TestDesk desk;
    TelegramAdapter adapter;

    @BeforeEach
    void setUp() {
        fake = new FakeBotApi().privacyMode(true);
        RoutingOutbox routing = new RoutingOutbox();
        desk = TestDesk.open(dir, routing);
        TelegramSettings settings = TelegramSettings.polling(FakeBotApi.TOKEN, fake.baseUrl())
                .withPollTimeout(Duration.ofSeconds(2)).withDrainTimeout(Duration.ofSeconds(5))
                .withLimits(new TelegramSettings.Limits(Duration.ofMillis(20), 1000, 1000));
        adapter = new TelegramAdapter(settings, JdbcDeliveryLedger.opener(desk.stores().dataSource()),
                Clock.systemUTC());
        routing.register(Platform.TELEGRAM, adapter.outbox());
        adapter.tellLostHomesTo(new LostHomes(JdbcStores.homes(desk.stores().dataSource()),
                new TeamDirectory(List.of(TestDesk.TEAM)), new TeamSettings(desk.stores().stores().settings()),
                routing));
        adapter.start(desk.desk().bot());
    }

    @AfterEach
    void tearDown() {
        adapter.close();
        desk.close();
        fake.close();
    }

    @Test
    void aForumGroupGetsATopicPerCaseWhereTheCaseIsWorkedWithoutItsNumber() {
        fake.forum(GROUP);
        GroupChat chat = openCase();
        assertThat(chat.currentHtml()).contains("Everything about case #1 goes to its thread \"" + NAME
                + "\"");
        int topic = onlyTopic();
        assertThat(fake.topics(GROUP).get(topic).name()).isEqualTo(NAME);
        chat.expect("Case #1: where it stands now.");
        int card = chat.current().path("message_id").asInt();
        assertThat(chat.current().path("message_thread_id").asInt()).isEqualTo(topic);
        chat.expect("Suggested next steps:");
        assertThat(chat.current().path("message_thread_id").asInt()).isEqualTo(topic);
        await().atMost(Duration.ofSeconds(10)).until(() -> !fake.calls("pinChatMessage").isEmpty());
        assertThat(fake.calls("pinChatMessage")).singleElement()
                .satisfies(c -> assertThat(c.body().path("message_id").asInt()).isEqualTo(card));

        fake.textInTopic(GROUP, topic, ANN, "Ann", "/case");
        chat.expect("Case #1");
        assertThat(chat.current().path("message_thread_id").asInt()).isEqualTo(topic);
        fake.textInTopic(GROUP, topic, ANN, "Ann", "/offer 1");
        chat.expect("Case #1: recorded as sent: 1.");
        fake.fileInTopic(GROUP, topic, ANN, "Ann", "box.jpg", new byte[] {1, 2, 3, 4});
        chat.expect("box.jpg");
        assertThat(chat.currentHtml()).contains("case #1");
        assertThat(chat.current().path("message_thread_id").asInt()).isEqualTo(topic);

        fake.textInTopic(GROUP, topic, ANN, "Ann", "/close withdrawn");
        chat.expect("Case #1 closed");
        assertThat(chat.current().path("message_thread_id").asInt()).isEqualTo(topic);
        await().atMost(Duration.ofSeconds(10)).until(() -> fake.topics(GROUP).get(topic).closed());
        assertThat(fake.calls("closeForumTopic")).singleElement()
                .satisfies(c -> assertThat(c.body().path("message_thread_id").asInt()).isEqualTo(topic));
    }

    @Test
    void aReminderLandsInTheCasesTopic() {
        fake.forum(GROUP);
        GroupChat chat = openCase();
        int topic = onlyTopic();
        chat.expect("Suggested next steps:");

        desk.desk().reminders().runDue(TestDesk.START.plus(Duration.ofDays(20)));

        chat.expect("Case #1");
        assertThat(chat.current().path("message_thread_id").asInt()).isEqualTo(topic);
    }

    @Test
    void aForumLessTelegramGroupFallsBackToReplies() {
        GroupChat chat = openCase();
        assertThat(fake.calls("refused:createForumTopic")).hasSize(1);
        assertThat(chat.currentHtml()).contains("Everything about case #1 answers its card below");
        assertThat(chat.count("goes to its thread")).isZero();
        chat.expect("Case #1: where it stands now.");
        int card = chat.current().path("message_id").asInt();
        assertThat(chat.current().has("message_thread_id")).isFalse();
        assertThat(chat.current().has("reply_to_message")).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> !fake.calls("pinChatMessage").isEmpty());
        assertThat(fake.calls("pinChatMessage")).singleElement()
                .satisfies(c -> assertThat(c.body().path("message_id").asInt()).isEqualTo(card));
        chat.expect("Suggested next steps:");
        assertThat(repliedTo(chat)).isEqualTo(card);

        chat.send("/offer@DeskBot 1 1").expect("Case #1: recorded as sent: 1.");
        chat.expect("Case #1: where it stands now.");
        assertThat(chat.current().path("message_id").asInt()).as("the card, edited in place").isEqualTo(card);

        desk.desk().reminders().runDue(TestDesk.START.plus(Duration.ofDays(20)));
        chat.expect("Case #1 (Temu");
        assertThat(repliedTo(chat)).as("the reminder answers the card").isEqualTo(card);

        chat.send("/close 1 withdrawn").expect("Case #1 closed");
        chat.expect("Case #1 is closed:");
        assertThat(repliedTo(chat)).as("the outcome answers the card").isEqualTo(card);
        assertThat(chat.currentHtml()).doesNotContain("thread");
        assertThat(fake.calls("closeForumTopic")).isEmpty();
        assertThat(chat.count("Case #1: where it stands now.")).as("one card, edited in place").isEqualTo(1);
    }

    private static int repliedTo(GroupChat chat) {
        return chat.current().path("reply_to_message").path("message_id").asInt(-1);
    }

    @Test
    void aDeletedTopicGivesTheCaseBackToTheGroupWithANotice() {
        fake.forum(GROUP);
        GroupChat chat = openCase();
        int topic = onlyTopic();
        chat.expect("Suggested next steps:");
        fake.deleteTopic(GROUP, topic);

        desk.desk().reminders().runDue(TestDesk.START.plus(Duration.ofDays(20)));

        chat.expect("The thread of case #1 was deleted, so its messages come here from now on.");
        assertThat(chat.current().has("message_thread_id")).isFalse();
        chat.expect("Case #1");
        assertThat(chat.current().has("message_thread_id")).isFalse();
        assertThat(fake.calls("refused:sendMessage")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.body().path("message_thread_id").asInt()).isEqualTo(topic));
        chat.send("/case 1").expect("Case #1");
    }

    private int onlyTopic() {
        Map<Integer, FakeBotApi.Topic> topics = fake.topics(GROUP);
        assertThat(topics).hasSize(1);
        return topics.keySet().iterator().next();
    }

    /** The Temu intake, confirmed in the group. */
    private GroupChat openCase() {
        GroupChat chat = new GroupChat(fake, GROUP, ANN, "Ann");
        chat.send("/new").expect("Which marketplace").press("Temu").expect("Temu order number")
                .answer("PO-211-1234567890123").expect("buyer's name")
                .answer("Maria Lopez").expect("Which language")
                .press("German (de)").expect("What is the dispute about?")
                .press("Counterfeit claim").expect("What did the buyer pay?")
                .answer("USD 40").expect("What does the buyer ask for?")
                .press("Full refund").expect("What did the item cost you")
                .answer("skip").expect("What did shipping cost you")
                .answer("skip").expect("Which evidence")
                .press("Done").expect("When was the dispute opened?")
                .answer("yesterday").expect("Please check the case")
                .press("Confirm").expect("Case #1 opened");
        return chat;
    }
}
