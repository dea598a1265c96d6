package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.testkit.TestDesk;
import com.disputedesk.discord.fake.FakeDiscord;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real engine (TestDesk over SQLite) behind the adapter, wired as bot-app wires it. */
class IntakeOverDiscordTest {
    @TempDir
    Path dir;
    private DeskOverDiscord wired;
    private TestDesk desk;
    private DiscordHarness h;

    @BeforeEach
    void start() {
        // the intake in the channel, answered there; a case's own thread is CaseThreadsOverDiscordTest's
        wired = new DeskOverDiscord(dir).casesInTheChannel();
        desk = wired.desk;
        h = wired.h;
    }

    @AfterEach
    void stop() {
        wired.close();
    }

    @Test
    void aWholeIntakeByButtonsAndTheAnswerFormOpensTheCaseInTheChannel() {
        DiscordChat chat = new DiscordChat(h, ALICE);
        chat.slash(i -> i.subcommand("dispute", "new")).expect("Which marketplace");
        chat.press("AliExpress").expect("What is the AliExpress order number?");
        chat.answer("8123456789012345").expect("buyer's name");
        chat.answer("@everyone <b>x</b>").expect("Which language");
        // Italian has no button: typed, as the prompt says, in the answer form beside the language buttons.
        chat.answer("it").expect("What is the dispute about?");
        chat.press("Not received").expect("What did the buyer pay?");
        chat.answer("25.90 USD").expect("What does the buyer ask for?");
        chat.press("Full refund").expect("What did the item cost you, in USD?");
        chat.answer("8.50").expect("What did shipping cost you, in USD?");
        chat.press("Skip").expect("tracking number");
        chat.answer("LP00123456789CN").expect("carrier's tracking");
        chat.press("In transit").expect("How many days ago");
        chat.answer("18").expect("How many days ago did the tracking last change?");
        chat.press("Skip").expect("Which evidence");
        chat.press("Chat history with the buyer").press("Complete tracking history").press("Done")
                .expect("When was the dispute opened?");
        // Typing works without the form too: /dispute answer, for members who prefer the command line.
        chat.slash(i -> i.subcommand("dispute", "answer", "text", "yesterday")).expect("Please check the case");

        JsonNode summary = chat.message("Please check the case");
        assertThat(summary.path("content").asText()).as("the buyer name quoted, escaped")
                .contains("\\@everyone \\<b\\>x\\</b\\>");
        assertThat(summary.path("allowed_mentions").path("parse")).as("no pings from quoted text").isEmpty();
        assertThat(summary.path("allowed_mentions").path("users")).isEmpty();

        chat.press("Confirm").expect("Case #1 opened: AliExpress order 8123456789012345, Not received.");
        JsonNode suggestion = chat.messages(3).get(2);
        assertThat(suggestion.path("embeds")).as("the suggestion as an embed").isNotEmpty();
        assertThat(suggestion.path("embeds").get(0).path("fields")).isNotEmpty();
        assertThat(suggestion.path("allowed_mentions").path("parse")).isEmpty();

        // The channel holds the intake's one message (updated at every step, now the record of what was confirmed),
        // the case, and the suggestion: nothing else.
        List<JsonNode> shown = chat.channelMessages();
        assertThat(shown).hasSize(3);
        assertThat(DiscordChat.readable(shown.get(0))).contains("Confirmed.", "Order id: 8123456789012345");
        assertThat(shown.get(0).path("components")).as("pressed buttons are gone").isEmpty();
        assertThat(h.fake.calls(c -> c.path().endsWith("/callback") && c.body().path("type").asInt() == 7))
                .as("presses and forms answered by updating the intake's message").hasSizeGreaterThan(10);

        List<DisputeCase> cases = desk.stores().stores().cases().all(TestDesk.TEAM.id(), 10);
        assertThat(cases).hasSize(1);
        DisputeCase opened = cases.get(0);
        assertThat(opened.facts().buyer()).isEqualTo("@everyone <b>x</b>");
        assertThat(opened.facts().reason()).isEqualTo(Reason.NOT_RECEIVED);
        assertThat(opened.facts().buyerLanguage()).isEqualTo("it");
        assertThat(opened.home()).isEqualTo(ChatRef.of(Platform.DISCORD, FakeDiscord.GUILD)
                .inThread(FakeDiscord.CHANNEL));
        assertThat(opened.owner().orElseThrow().userId()).isEqualTo(ALICE.userId());
    }

    @Test
    void aPressOnAnotherMembersDraftIsRefusedOnlyToThePresserAndTheDraftStaysAsItWas() {
        DiscordChat alice = new DiscordChat(h, ALICE);
        alice.slash(i -> i.subcommand("dispute", "new")).expect("Which marketplace");
        JsonNode prompt = alice.channelMessages().get(0);

        DiscordChat olga = new DiscordChat(h, DiscordHarness.OLGA);
        olga.press("AliExpress");

        JsonNode refusal = h.answers(olga.lastAction(), 1).get(0).body();
        assertThat(refusal.path("type").asInt()).as("a reply, not an update of Alice's message").isEqualTo(4);
        assertThat(refusal.path("data").path("flags").asInt() & 64).as("ephemeral: only Olga sees it").isEqualTo(64);
        assertThat(DiscordChat.readable(refusal.path("data"))).isEqualTo("That button belongs to another member's draft.");
        assertThat(h.fake.message(prompt.path("id").asText())).isEqualTo(prompt);
        assertThat(h.fake.calls(c -> c.method().equals("PATCH"))).as("no message edited").isEmpty();
        assertThat(alice.channelMessages()).hasSize(1);

        alice.press("AliExpress").expect("What is the AliExpress order number?");
    }
}
