package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static com.disputedesk.discord.DiscordLoginTest.command;
import static com.disputedesk.discord.DiscordLoginTest.names;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.bot.CaseCompleter;
import com.disputedesk.core.testkit.PingCommand;
import com.disputedesk.discord.fake.FakeDiscord.Interaction;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A command declared only by its handler and bundle lines becomes a typed slash command and maps back. */
class DeclaredCommandsOverDiscordTest {
    private final ScriptedCore core = new ScriptedCore();
    private DiscordHarness h;

    @BeforeEach
    void start() {
        h = DiscordHarness.create(DiscordHarness.settings()).start(a -> core.bot(a.outbox(), Clock.systemUTC(),
                CaseCompleter.NONE, List.of(new PingCommand())));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void theFixtureCommandIsRegisteredWithOptionsTypedFromItsParams() {
        JsonNode commands = h.fake.calls(c -> c.method().equals("PUT")).get(0).body();
        JsonNode ping = command(commands, "ping");

        assertThat(ping.path("description").asText()).isEqualTo("ping a case a few times");
        assertThat(ping.path("description_localizations").path("zh-CN").asText()).isEqualTo("提醒某个案件几次");
        // the case may be left out (inside a case's thread), so Discord lists it after the required options
        assertThat(names(ping.path("options"))).containsExactly("times", "case", "tone");
        JsonNode ref = ping.path("options").get(1);
        assertThat(ref.path("type").asInt()).as("string").isEqualTo(3);
        assertThat(ref.path("required").asBoolean(false)).isFalse();
        assertThat(ref.path("autocomplete").asBoolean()).isTrue();
        JsonNode times = ping.path("options").get(0);
        assertThat(times.path("type").asInt()).as("integer").isEqualTo(4);
        assertThat(times.path("min_value").asInt()).isEqualTo(1);
        assertThat(times.path("max_value").asInt()).isEqualTo(5);
        assertThat(times.path("description_localizations").path("zh-CN").asText()).isEqualTo("次数");
        JsonNode tone = ping.path("options").get(2);
        assertThat(tone.path("required").asBoolean(false)).isFalse();
        assertThat(tone.path("choices")).extracting(c -> c.path("value").asText()).containsExactly("soft", "loud");
    }

    @Test
    void anInteractionBecomesTheTypedCommandItsParamsDeclare() {
        Interaction i = h.fake.interaction(2, ALICE).slash("ping", "case", "#4", "times", 3, "tone", "loud").send();

        assertThat(h.answers(i, 1).get(0).message().path("content").asText()).isEqualTo("pong 4 x3 loud");
    }
}
