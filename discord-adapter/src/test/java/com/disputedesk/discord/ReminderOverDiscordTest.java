package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.discord.fake.FakeDiscord;
import com.disputedesk.discord.fake.FakeDiscord.RestCall;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case opened over Discord is reminded about in its channel, pinging only its owner. */
class ReminderOverDiscordTest {
    @TempDir
    Path dir;
    private DeskOverDiscord wired;

    @BeforeEach
    void start() {
        // the case's channel; reminders in a case's own thread are CaseThreadsOverDiscordTest's
        wired = new DeskOverDiscord(dir).casesInTheChannel();
    }

    @AfterEach
    void stop() {
        wired.close();
    }

    @Test
    void theDeadlineWarningPingsOnlyTheOwnerInTheCasesChannelAndItsButtonsWork() {
        DiscordChat chat = new DiscordChat(wired.h, ALICE);
        chat.slash(i -> i.subcommand("dispute", "new")).press("Temu").expect("Temu order number");
        chat.answer("PO-211-1234567890123").answer("@everyone").press("German (de)").press("Counterfeit claim");
        chat.answer("USD 40").press("Partial refund").answer("12.5").press("Skip").press("Skip");
        chat.expect("Which evidence").press("Done").press("Skip").expect("Please check the case");
        chat.press("Confirm").expect("Case #1 opened");

        wired.desk.desk().reminders().runDue(wired.desk.clock().instant());

        await().atMost(DiscordHarness.WAIT).until(() -> !posts().isEmpty());
        assertThat(posts()).hasSize(1);
        JsonNode reminder = posts().get(0).body();
        assertThat(posts().get(0).path()).isEqualTo("/channels/" + FakeDiscord.CHANNEL + "/messages");
        assertThat(reminder.path("content").asText()).startsWith("<@" + ALICE.userId() + "> ")
                .contains("Case #1 \\(Temu, order PO-211-1234567890123\\)");
        assertThat(reminder.path("allowed_mentions").path("parse")).as("no @everyone or role pings").isEmpty();
        assertThat(reminder.path("allowed_mentions").path("users").toString())
                .isEqualTo("[\"" + ALICE.userId() + "\"]");

        chat.pressOn(reminder, "Done").expect("Reminder stopped");
    }

    private List<RestCall> posts() {
        return wired.h.fake.calls(c -> c.path().startsWith("/channels/") && c.method().equals("POST"));
    }
}
