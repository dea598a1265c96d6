package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static com.disputedesk.discord.DiscordHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Placement;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.chat.Slot;
import com.disputedesk.discord.fake.FakeDiscord;
import com.disputedesk.discord.fake.FakeDiscord.Interaction;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A slot is one message kept up to date: the first send posts it, a press on it updates it as the interaction's
 * answer, a send of the bot's own edits it, and a deleted one is posted anew.
 */
class MessageSlotsOverDiscordTest {
    private static final ChatRef DISPUTES = ChatRef.of(Platform.DISCORD, FakeDiscord.GUILD)
            .inThread(FakeDiscord.CHANNEL);
    private static final Slot SLOT = Slot.card("acme", 7);

    private final ScriptedCore core = new ScriptedCore();
    private DiscordHarness h;

    @BeforeEach
    void start() {
        h = DiscordHarness.create(DiscordHarness.settings()).start(a -> core.bot(a.outbox(), Clock.systemUTC()));
        core.on("new", (t, in) -> t.sayIn(SLOT, Reply.prompt("Case #7: open", List.of(new Choice("t:claim",
                "Claim")))));
        core.onChoice((t, in) -> t.sayIn(SLOT, Reply.text("Case #7: claimed by Alice")));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void aPressOnTheSlotsMessageUpdatesItInPlaceAndPostsNothing() {
        Interaction open = h.fake.interaction(2, ALICE).subcommand("dispute", "new").send();
        h.answers(open, 1);
        String card = awaitOnlyMessage();

        Interaction press = h.fake.interaction(3, ALICE).button("dd:p:t:claim", card).send();

        JsonNode update = h.answers(press, 1).get(0).body();
        assertThat(update.path("type").asInt()).as("UPDATE_MESSAGE").isEqualTo(7);
        assertThat(h.fake.message(card).path("content").asText()).isEqualTo("Case #7: claimed by Alice");
        assertThat(h.fake.message(card).path("components")).as("pressed buttons are gone").isEmpty();
        assertThat(h.fake.botMessagesIn(FakeDiscord.CHANNEL)).hasSize(1);
    }

    @Test
    void theBotsOwnSendsEditTheSlotsMessageAndADeletedOneIsPostedAnew() {
        Interaction open = h.fake.interaction(2, ALICE).subcommand("dispute", "new").send();
        h.answers(open, 1);
        String card = awaitOnlyMessage();

        send("Case #7: offer sent");
        await().atMost(WAIT).until(() -> h.fake.message(card).path("content").asText()
                .equals("Case #7: offer sent"));
        assertThat(h.fake.botMessagesIn(FakeDiscord.CHANNEL)).hasSize(1);

        h.fake.deleteMessage(card);
        send("Case #7: buyer replied");
        await().atMost(WAIT).until(() -> h.fake.botMessagesIn(FakeDiscord.CHANNEL).size() == 1
                && !h.fake.botMessagesIn(FakeDiscord.CHANNEL).get(0).path("id").asText().equals(card));
        String again = h.fake.botMessagesIn(FakeDiscord.CHANNEL).get(0).path("id").asText();
        assertThat(h.fake.message(again).path("content").asText()).isEqualTo("Case #7: buyer replied");

        send("Case #7: closed");
        await().atMost(WAIT).until(() -> h.fake.message(again).path("content").asText().equals("Case #7: closed"));
        assertThat(h.fake.botMessagesIn(FakeDiscord.CHANNEL)).hasSize(1);
        assertThat(h.fake.calls(c -> c.method().equals("PATCH") && c.path().endsWith("/messages/" + card)))
                .as("the edit Discord refused as Unknown Message, then the post").hasSize(2);
    }

    @Test
    void aPressOnAnotherMessageLeavesThatMessageAndEditsTheSlotsOwn() {
        Interaction open = h.fake.interaction(2, ALICE).subcommand("dispute", "new").send();
        h.answers(open, 1);
        String card = awaitOnlyMessage();

        Interaction press = h.fake.interaction(3, ALICE).button("dd:p:t:claim").send();

        JsonNode ack = h.answers(press, 1).get(0).body();
        assertThat(ack.path("type").asInt()).as("DEFERRED_UPDATE_MESSAGE, nothing said").isEqualTo(6);
        await().atMost(WAIT).until(() -> h.fake.message(card).path("content").asText()
                .equals("Case #7: claimed by Alice"));
    }

    private void send(String text) {
        h.adapter.outbox().send(new Outgoing(DISPUTES, Reply.text(text), Optional.empty(),
                new Placement.InSlot(SLOT)));
    }

    private String awaitOnlyMessage() {
        await().atMost(WAIT).until(() -> h.fake.botMessagesIn(FakeDiscord.CHANNEL).size() == 1);
        return h.fake.botMessagesIn(FakeDiscord.CHANNEL).get(0).path("id").asText();
    }
}
