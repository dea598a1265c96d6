package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.discord.fake.FakeDiscord;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configured cases channel ({@code discord.guilds[].cases-channel}), through the whole engine, real JDA and the
 * fake Discord: a case opened in #disputes gets its thread in the cases channel; a forum channel gets a forum post
 * whose first message is the case's name; a channel the server does not have leaves the thread in #disputes.
 */
class CasesChannelOverDiscordTest {
    private static final String NAME = "#1 \u00b7 Temu \u00b7 Counterfeit claim \u00b7 Maria Lopez";
    private static final String CASES = FakeDiscord.channel(1);

    @TempDir
    Path dir;
    private DeskOverDiscord wired;
    private FakeDiscord fake;

    private void start(FakeDiscord discord, String casesChannel) {
        fake = discord;
        wired = new DeskOverDiscord(dir, discord,
                DiscordHarness.settings().withCasesChannels(Map.of(FakeDiscord.GUILD, casesChannel)),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        if (wired != null) {
            wired.close();
        }
    }

    @Test
    void aCaseOpenedInDisputesGetsItsThreadInTheCasesChannel() {
        start(new FakeDiscord(2), CASES);

        String thread = openCase();

        JsonNode created = fake.threads().get(0);
        assertThat(created.path("parent_id").asText()).isEqualTo(CASES);
        assertThat(created.path("name").asText()).isEqualTo(NAME);
        assertThat(created.path("type").asInt()).as("private: the cases channel is staff-only").isEqualTo(12);
        assertThat(texts(thread, 2).get(0)).contains("Case #1: where it stands now.");
        assertThat(fake.postedIn(CASES)).as("the cases channel holds threads, not the case's messages").isEmpty();
    }

    @Test
    void aForumCasesChannelGetsAForumPostNamedAfterTheCase() {
        start(new FakeDiscord().withForum(), FakeDiscord.FORUM);

        String thread = openCase();

        JsonNode created = fake.threads().get(0);
        assertThat(created.path("parent_id").asText()).isEqualTo(FakeDiscord.FORUM);
        assertThat(created.path("type").asInt()).as("a forum post is a public thread of the forum").isEqualTo(11);
        assertThat(fake.calls()).filteredOn(c -> c.method().equals("POST")
                        && c.path().equals("/channels/" + FakeDiscord.FORUM + "/threads"))
                .singleElement().satisfies(c -> assertThat(c.body().path("message").path("content").asText())
                        .as("the post's first message").isEqualTo(NAME));
        List<String> posted = texts(thread, 2);
        assertThat(posted.get(0)).contains("Case #1: where it stands now.");
        assertThat(posted.get(1)).contains("Suggested next steps:");
    }

    @Test
    void aCasesChannelTheServerDoesNotHaveLeavesTheThreadInTheCasesOwnChannel() {
        start(new FakeDiscord(), "4242424242");

        String thread = openCase();

        assertThat(fake.threads().get(0).path("parent_id").asText()).isEqualTo(FakeDiscord.CHANNEL);
        assertThat(texts(thread, 2).get(0)).contains("Case #1: where it stands now.");
        assertThat(texts(FakeDiscord.CHANNEL)).as("the chat is told nothing about the setting")
                .noneMatch(t -> t.contains("4242424242") || t.toLowerCase(java.util.Locale.ROOT).contains("cases channel"));
    }

    /** The Temu intake in #disputes, confirmed; the id of the case's thread. */
    private String openCase() {
        DiscordKit chat = new DiscordKit(wired.h, ALICE, wired.desk.desk().bot().commands());
        chat.send("/new").expect("Which marketplace");
        chat.press("Temu").expect("What is the Temu order number?");
        chat.send("PO-211-1234567890123").expect("buyer's name");
        chat.send("Maria Lopez").expect("Which language");
        chat.press("German (de)").expect("What is the dispute about?");
        chat.press("Counterfeit claim").expect("What did the buyer pay?");
        chat.send("USD 40").expect("What does the buyer ask for?");
        chat.press("Full refund").expect("What did the item cost you");
        chat.press("Skip").expect("What did shipping cost you");
        chat.press("Skip").expect("Which evidence");
        chat.press("Done").expect("When was the dispute opened?");
        chat.send("yesterday").expect("Please check the case");
        chat.press("Confirm").expect("Confirmed.").expect("goes to its thread \"" + NAME + "\"");
        await().atMost(DiscordHarness.WAIT).until(() -> fake.threads().size() == 1);
        return fake.threads().get(0).path("id").asText();
    }

    private List<String> texts(String channel, int n) {
        await().atMost(DiscordHarness.WAIT).until(() -> texts(channel).size() >= n);
        return texts(channel);
    }

    private List<String> texts(String channel) {
        return fake.postedIn(channel).stream().map(c -> DiscordChat.readable(c.body())).toList();
    }
}
