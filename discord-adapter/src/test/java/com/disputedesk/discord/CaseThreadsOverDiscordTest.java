package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.discord.fake.FakeDiscord;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread per case in the team's Discord server, through the whole engine, real JDA and the fake Discord: a
 * private thread (the channel is staff-only) named after the case with its live card and suggestion; commands
 * there need no case number and edit the card; the close archives it; a thread Discord archived is reopened to
 * post; a deleted thread gives the case back to its channel with a notice.
 */
class CaseThreadsOverDiscordTest {
    private static final String NAME = "#1 \u00b7 Temu \u00b7 Counterfeit claim \u00b7 Maria Lopez";

    @TempDir
    Path dir;
    private DeskOverDiscord wired;
    private DiscordKit chat;
    private FakeDiscord fake;

    @BeforeEach
    void start() {
        wired = new DeskOverDiscord(dir);
        fake = wired.h.fake;
        chat = new DiscordKit(wired.h, ALICE, wired.desk.desk().bot().commands());
    }

    @AfterEach
    void stop() {
        wired.close();
    }

    @Test
    void aConfirmedCaseGetsAPrivateThreadWithItsCardAndSuggestion() {
        String thread = openCase();

        JsonNode created = fake.threads().get(0);
        assertThat(created.path("name").asText()).isEqualTo(NAME);
        assertThat(created.path("type").asInt()).as("private: the channel is staff-only").isEqualTo(12);
        assertThat(created.path("parent_id").asText()).isEqualTo(FakeDiscord.CHANNEL);
        List<String> posted = texts(thread, 2);
        assertThat(posted.get(0)).contains("Case #1: where it stands now.");
        assertThat(posted.get(1)).contains("Suggested next steps:");
        await().atMost(DiscordHarness.WAIT).until(() -> !fake.pins(thread).isEmpty());
        assertThat(fake.pins(thread)).as("the live card, pinned in its thread").singleElement()
                .satisfies(id -> assertThat(DiscordChat.readable(fake.message(id)))
                        .contains("Case #1: where it stands now."));
        assertThat(fake.pins(FakeDiscord.CHANNEL)).isEmpty();
    }

    @Test
    void inTheThreadCommandsNeedNoCaseNumberAndTheCardIsEditedThenTheCloseArchivesIt() {
        String thread = openCase();
        texts(thread, 2);

        inThread(thread, "offer", "offer", 1).expect("Case #1: recorded as sent: 1.");
        await().atMost(DiscordHarness.WAIT).until(() -> cardEdits(thread) >= 1);
        inThread(thread, "close", "outcome", "withdrawn").expect("Case #1 closed");
        await().atMost(DiscordHarness.WAIT).until(() -> fake.threads().get(0).path("thread_metadata")
                .path("archived").asBoolean());
        assertThat(cardEdits(thread)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aThreadDiscordArchivedIsReopenedWhenTheBotPostsThere() {
        String thread = openCase();
        texts(thread, 2);
        fake.autoArchive(thread);

        wired.desk.desk().reminders().runDue(com.disputedesk.core.testkit.TestDesk.START.plus(Duration.ofDays(20)));

        await().atMost(DiscordHarness.WAIT).until(() -> texts(thread).size() > 2);
        assertThat(fake.threads().get(0).path("thread_metadata").path("archived").asBoolean()).isFalse();
    }

    @Test
    void aDeletedThreadGivesTheCaseBackToItsChannelWithANotice() {
        String thread = openCase();
        texts(thread, 2);
        fake.deleteThread(thread);

        wired.desk.desk().reminders().runDue(com.disputedesk.core.testkit.TestDesk.START.plus(Duration.ofDays(20)));

        await().atMost(DiscordHarness.WAIT).until(() -> texts(FakeDiscord.CHANNEL).stream()
                .anyMatch(t -> t.contains("The thread of case #1 was deleted, so its messages come here from now on.")));
        await().atMost(DiscordHarness.WAIT).until(() -> texts(FakeDiscord.CHANNEL).stream()
                .anyMatch(t -> t.contains("Case #1") && !t.contains("was deleted")));
    }

    /** The Temu intake in the staff channel, confirmed; the id of the case's thread. */
    private String openCase() {
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

    /** A slash command typed in the case's thread. */
    private DiscordChat inThread(String thread, String command, Object... options) {
        DiscordChat member = new DiscordChat(wired.h, ALICE);
        member.slash(i -> i.slash(command, options).inThread(thread));
        return member;
    }

    /** What the bot posted in a channel or thread, once there are at least {@code n} messages. */
    private List<String> texts(String channel, int n) {
        await().atMost(DiscordHarness.WAIT).until(() -> texts(channel).size() >= n);
        return texts(channel);
    }

    private List<String> texts(String channel) {
        return fake.postedIn(channel).stream().map(c -> DiscordChat.readable(c.body())).toList();
    }

    private long cardEdits(String thread) {
        return fake.calls().stream().filter(c -> c.method().equals("PATCH")
                && c.path().startsWith("/channels/" + thread + "/messages/")).count();
    }
}
