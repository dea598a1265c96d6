package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static com.disputedesk.discord.DiscordHarness.MALLORY;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.discord.fake.FakeDiscord.Interaction;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ComponentsTest {
    private final ScriptedCore core = new ScriptedCore();
    private DiscordHarness h;

    @BeforeEach
    void start() {
        h = DiscordHarness.create(DiscordHarness.settings()).start(a -> core.bot(a.outbox(), Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void choicesAreButtonsAndAPressReachesTheCoreAsTheChoice() {
        core.on("new", (t, in) -> t.say(Reply.prompt("Marketplace?", List.of(new Choice("t:ae", "AliExpress"),
                new Choice("t:temu", "Temu"), new Choice("t:back", "Back")))));
        Interaction ask = h.fake.interaction(2, ALICE).subcommand("dispute", "new").send();

        JsonNode rows = h.answers(ask, 1).get(0).message().path("components");
        assertThat(rows).hasSize(1);
        assertThat(customIds(rows.get(0))).containsExactly("dd:p:t:ae", "dd:p:t:temu", "dd:p:t:back");
        assertThat(rows.get(0).path("components").get(0).path("label").asText()).isEqualTo("AliExpress");

        Interaction press = h.fake.interaction(3, ALICE).button("dd:p:t:temu").send();

        assertThat(h.answers(press, 1).get(0).message().path("content").asText()).isEqualTo("picked t:temu");
        assertThat(((Inbound.ChoicePicked) core.received.get(1)).choiceId()).isEqualTo("t:temu");
    }

    @Test
    void moreChoicesThanButtonsFitBecomeSelectMenus() {
        List<Choice> many = IntStream.rangeClosed(1, 30).mapToObj(n -> new Choice("t:" + n, "Option " + n)).toList();
        core.on("new", (t, in) -> t.say(Reply.prompt("Pick one", many)));
        Interaction ask = h.fake.interaction(2, ALICE).subcommand("dispute", "new").send();

        JsonNode rows = h.answers(ask, 1).get(0).message().path("components");
        assertThat(rows).hasSize(2);
        JsonNode first = rows.get(0).path("components").get(0);
        assertThat(first.path("type").asInt()).as("string select").isEqualTo(3);
        assertThat(first.path("custom_id").asText()).isEqualTo("dd:m:0");
        assertThat(first.path("options")).hasSize(25);
        assertThat(rows.get(1).path("components").get(0).path("options")).hasSize(5);

        Interaction pick = h.fake.interaction(3, ALICE).select("dd:m:1", "t:27").send();

        assertThat(h.answers(pick, 1).get(0).message().path("content").asText()).isEqualTo("picked t:27");
    }

    @Test
    void aTypedStepOffersAnAnswerFormWhoseTextReachesTheCore() {
        core.on("new", (t, in) -> t.say(Reply.prompt("Order id? (15-20 digits)", List.of())));
        Interaction ask = h.fake.interaction(2, ALICE).subcommand("dispute", "new").send();
        JsonNode button = h.answers(ask, 1).get(0).message().path("components").get(0).path("components").get(0);
        assertThat(button.path("custom_id").asText()).isEqualTo("dd:ask");

        Interaction open = h.fake.interaction(3, ALICE).button("dd:ask").send();
        JsonNode modal = h.answers(open, 1).get(0).body();
        assertThat(modal.path("type").asInt()).as("modal").isEqualTo(9);
        assertThat(modal.path("data").path("custom_id").asText()).isEqualTo("dd:answer");
        assertThat(modal.path("data").path("title").asText()).isEqualTo("Your answer");
        assertThat(modal.path("data").toString()).contains("\"custom_id\":\"answer\"");

        Interaction submit = h.fake.interaction(5, ALICE).modal("dd:answer", "answer", "8123456789012345").send();

        assertThat(h.answers(submit, 1).get(0).message().path("content").asText())
                .isEqualTo("text: 8123456789012345");
        assertThat(core.received).last().isInstanceOf(Inbound.Text.class);
    }

    @Test
    void aButtonOfAnotherFormatIsAcknowledgedAndIgnored() {
        Interaction press = h.fake.interaction(3, ALICE).button("legacy:42").send();

        assertThat(h.answers(press, 1).get(0).body().path("type").asInt()).as("deferred update").isEqualTo(6);
        assertThat(core.received).isEmpty();
    }

    @Test
    void nonStaffCannotPressTheButtonsEither() {
        Interaction press = h.fake.interaction(3, MALLORY).button("dd:p:t:ae").send();

        JsonNode answer = h.answers(press, 1).get(0).message();
        assertThat(answer.path("flags").asInt() & 64).isEqualTo(64);
        assertThat(core.received).isEmpty();
    }

    private static List<String> customIds(JsonNode row) {
        List<String> ids = new ArrayList<>();
        row.path("components").forEach(c -> ids.add(c.path("custom_id").asText()));
        return ids;
    }
}
