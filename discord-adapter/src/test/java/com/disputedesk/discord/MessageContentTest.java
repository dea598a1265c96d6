package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static com.disputedesk.discord.DiscordHarness.OLGA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.discord.fake.FakeDiscord;
import com.disputedesk.discord.fake.FakeDiscord.Interaction;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With the message-content intent, a member may answer a typed step by simply writing in the channel. */
class MessageContentTest {
    private final ScriptedCore core = new ScriptedCore();
    private DiscordHarness h;

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void theAskedMembersNextMessageIsTheAnswerAndOtherChatterIsIgnored() {
        core.on("new", (t, in) -> t.say(Reply.prompt("Order id?", List.of())));
        h = DiscordHarness.create(DiscordHarness.settings().withMessageContent(true))
                .start(a -> core.bot(a.outbox(), Clock.systemUTC()));
        JsonFrames.requireIntents(h, 1 << 9, 1 << 15);
        Interaction ask = h.fake.interaction(2, ALICE).subcommand("dispute", "new").send();
        h.answers(ask, 1);

        h.fake.postMessage(OLGA, FakeDiscord.CHANNEL, "lunch anyone?");
        h.fake.postMessage(ALICE, FakeDiscord.CHANNEL, "8123456789012345");

        await().atMost(DiscordHarness.WAIT).until(() -> core.received.size() == 2);
        Inbound.Text text = (Inbound.Text) core.received.get(1);
        assertThat(text.text()).isEqualTo("8123456789012345");
        assertThat(text.member().userId()).isEqualTo(ALICE.userId());
        await().atMost(DiscordHarness.WAIT)
                .until(() -> !h.fake.calls(c -> c.path().startsWith("/channels/")).isEmpty());
        assertThat(h.fake.calls(c -> c.path().startsWith("/channels/")).get(0).body().path("content").asText())
                .isEqualTo("text: 8123456789012345");

        h.fake.postMessage(ALICE, FakeDiscord.CHANNEL, "thanks");
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> core.received.size() == 2);
    }

    /** Reads what the bot asked for in IDENTIFY. */
    static final class JsonFrames {
        static void requireIntents(DiscordHarness h, int... bits) {
            int intents = h.fake.gatewayFrames().stream().filter(f -> f.path("op").asInt() == 2).findFirst()
                    .orElseThrow().path("d").path("intents").asInt();
            for (int bit : bits) {
                assertThat(intents & bit).as("intent bit " + bit).isEqualTo(bit);
            }
        }
    }
}
