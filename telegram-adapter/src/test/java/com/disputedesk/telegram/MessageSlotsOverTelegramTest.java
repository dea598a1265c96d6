package com.disputedesk.telegram;

import static com.disputedesk.telegram.MiniDesk.GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Placement;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.chat.Slot;
import com.disputedesk.core.store.JdbcDeliveryLedger;
import com.disputedesk.telegram.fake.FakeBotApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slot is one Telegram message kept up to date through the durable outbox: posted once, then edited in place
 * (also after a restart), an unchanged edit counts as sent, and a deleted message is posted anew.
 */
class MessageSlotsOverTelegramTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ChatRef CHAT = ChatRef.of(Platform.TELEGRAM, Long.toString(GROUP));
    private static final Slot SLOT = Slot.card("acme", 7);

    @TempDir
    Path dir;
    Harness h;
    FakeBotApi fake;

    @BeforeEach
    void setUp() {
        h = new Harness(dir);
        fake = h.fake;
        h.startMini();
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void theFirstSendPostsAndLaterOnesEditThatMessageEvenAfterARestart() {
        send("Case #7: open");
        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);
        int card = fake.lastMessageTo(GROUP).path("message_id").asInt();

        send("Case #7: claimed");
        await().atMost(WAIT).until(() -> fake.shownMessage(GROUP, card).path("text").asText()
                .equals("Case #7: claimed"));

        h.stopAdapter();
        h.startMini();
        send("Case #7: offer sent");
        await().atMost(WAIT).until(() -> fake.shownMessage(GROUP, card).path("text").asText()
                .equals("Case #7: offer sent"));
        assertThat(fake.sentTo(GROUP)).hasSize(1);
        assertThat(fake.calls("editMessageText")).hasSize(2);
    }

    @Test
    void anEditThatChangesNothingCountsAsSentAndIsNotTriedAgain() {
        send("Case #7: open");
        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);

        send("Case #7: open");
        await().atMost(WAIT).until(() -> fake.calls("refused:editMessageText").size() == 1);
        send("Case #7: claimed");
        await().atMost(WAIT).until(() -> fake.calls("editMessageText").size() == 1);

        assertThat(fake.calls("refused:editMessageText")).hasSize(1);
        assertThat(fake.sentTo(GROUP)).hasSize(1);
        assertThat(new JdbcDeliveryLedger(h.db, Long.toString(FakeBotApi.BOT_ID)).failed()).isEmpty();
    }

    @Test
    void aDeletedMessageIsPostedAnewAndTheNewOneIsEditedAfter() {
        send("Case #7: open");
        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);
        int card = fake.lastMessageTo(GROUP).path("message_id").asInt();
        fake.deleteMessage(GROUP, card);

        send("Case #7: claimed");
        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 2);
        int again = fake.lastMessageTo(GROUP).path("message_id").asInt();
        assertThat(again).isNotEqualTo(card);
        assertThat(fake.lastMessageTo(GROUP).path("text").asText()).isEqualTo("Case #7: claimed");

        send("Case #7: closed");
        await().atMost(WAIT).until(() -> fake.shownMessage(GROUP, again).path("text").asText()
                .equals("Case #7: closed"));
        assertThat(fake.sentTo(GROUP)).hasSize(2);
    }

    private void send(String text) {
        h.adapter.outbox().send(new Outgoing(CHAT, Reply.text(text), Optional.empty(), new Placement.InSlot(SLOT)));
    }
}
