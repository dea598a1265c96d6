package com.disputedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.discord.fake.FakeDiscord;
import com.disputedesk.discord.fake.FakeDiscord.RestCall;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class DiscordLoginTest {

    @Test
    void logsInWithTheTokenAndRegistersTheCommandsInTheConfiguredGuild() {
        try (DiscordHarness h = DiscordHarness.create(DiscordHarness.settings())) {
            h.start(a -> new ScriptedCore().bot(a.outbox(), java.time.Clock.systemUTC()));

            assertThat(h.fake.calls().get(0).path()).isEqualTo("/users/@me");
            JsonNode identify = h.fake.gatewayFrames().stream().filter(f -> f.path("op").asInt() == 2)
                    .findFirst().orElseThrow();
            assertThat(identify.path("d").path("token").asText()).isEqualTo("test-token");

            List<RestCall> registrations = h.fake.calls(c -> c.method().equals("PUT"));
            assertThat(registrations).extracting(RestCall::path)
                    .containsExactly("/applications/" + FakeDiscord.BOT_ID + "/guilds/" + FakeDiscord.GUILD
                            + "/commands");
            JsonNode registered = registrations.get(0).body();
            JsonNode menus = ofType(registered, 3);
            assertThat(names(menus)).containsExactly("Open dispute from this message", "Add to case as evidence");
            assertThat(menus).allSatisfy(m -> {
                assertThat(m.path("name_localizations").path("zh-CN").asText()).isNotBlank();
                assertThat(m.path("description").asText("")).isEmpty();
                assertThat(m.path("options")).isEmpty();
            });
            JsonNode commands = ofType(registered, 1);
            assertThat(commands.size() + menus.size()).isEqualTo(registered.size());
            assertThat(names(commands)).containsExactlyInAnyOrder("dispute", "case", "cases", "find", "remedy",
                    "template", "offer", "reply", "return", "close", "evidence", "claim", "assign", "unassign",
                    "settings", "stats", "export", "help", "lang");
            // Every declared command is on Discord, and nothing else is: top level, or under its family.
            List<CommandSpec> declared = ScriptedCore.declared();
            assertThat(names(commands)).containsExactlyInAnyOrderElementsOf(
                    declared.stream().map(s -> s.parent().orElse(s.name())).distinct().toList());
            for (JsonNode c : commands) {
                assertThat(c.path("description").asText()).as(c.path("name").asText()).isNotBlank();
                assertThat(c.path("description_localizations").path("zh-CN").asText())
                        .as(c.path("name").asText()).isNotBlank();
            }
            JsonNode dispute = command(commands, "dispute");
            assertThat(names(dispute.path("options"))).containsExactlyElementsOf(java.util.stream.Stream.concat(
                    declared.stream().filter(d -> d.parent().isPresent()).map(CommandSpec::name),
                    java.util.stream.Stream.of("answer")).toList()).startsWith("new", "cancel");
            JsonNode number = command(commands, "case").path("options").get(0);
            assertThat(number.path("name").asText()).isEqualTo("number");
            assertThat(number.path("autocomplete").asBoolean()).isTrue();
            JsonNode reason = command(commands, "remedy").path("options").get(0);
            assertThat(reason.path("choices")).hasSize(12);
            assertThat(reason.path("choices").get(0).path("value").asText()).isEqualTo("not-received");
            assertThat(reason.path("choices").get(0).path("name_localizations").path("zh-CN").asText())
                    .isEqualTo("未收到货");
            assertThat(names(command(commands, "remedy").path("options")))
                    .containsExactly("reason", "amount", "currency", "marketplace", "facts");
            JsonNode file = command(commands, "evidence").path("options").get(1);
            assertThat(file.path("type").asInt()).as("attachment option").isEqualTo(11);
            assertThat(names(command(commands, "cases").path("options").get(0).path("choices")))
                    .containsExactly("Open", "Awaiting the buyer", "Overdue", "Mine", "Closed");
        }
    }

    @Test
    void registersGloballyWhenConfigured() {
        try (DiscordHarness h = DiscordHarness.create(DiscordHarness.settings().withGlobalCommands(true))) {
            h.start(a -> new ScriptedCore().bot(a.outbox(), java.time.Clock.systemUTC()));

            assertThat(h.fake.calls(c -> c.method().equals("PUT"))).extracting(RestCall::path)
                    .containsExactly("/applications/" + FakeDiscord.BOT_ID + "/commands");
        }
    }

    @Test
    void aWrongTokenStopsTheStartWithAClearMessageThatDoesNotShowIt() {
        try (DiscordHarness h = DiscordHarness.create(DiscordHarness.settings())) {
            h.fake.rejectToken();

            assertThatThrownBy(() -> h.start(a -> new ScriptedCore().bot(a.outbox(), java.time.Clock.systemUTC())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("could not log in to Discord")
                    .satisfies(e -> assertThat(e.toString()).doesNotContain("test-token"));
        }
    }

    @Test
    void settingsNeverShowTheToken() {
        assertThat(DiscordHarness.settings().toString()).doesNotContain("test-token").contains("***");
    }

    /** The registered commands of one type (1 slash, 3 message), in order. */
    static JsonNode ofType(JsonNode commands, int type) {
        com.fasterxml.jackson.databind.node.ArrayNode out = new com.fasterxml.jackson.databind.ObjectMapper()
                .createArrayNode();
        commands.forEach(c -> {
            if (c.path("type").asInt(1) == type) {
                out.add(c);
            }
        });
        return out;
    }

    static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        StreamSupport.stream(array.spliterator(), false).forEach(n -> out.add(n.path("name").asText()));
        return out;
    }

    static JsonNode command(JsonNode commands, String name) {
        return StreamSupport.stream(commands.spliterator(), false)
                .filter(c -> c.path("name").asText().equals(name)).findFirst().orElseThrow();
    }
}
