package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.discord.fake.FakeDiscord;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /settings dm-reminders on over Discord: the owner's reminders also come in a DM channel the bot opens. */
class DirectRemindersOverDiscordTest {
    @TempDir
    Path dir;
    private DeskOverDiscord wired;
    private DiscordChat chat;

    @BeforeEach
    void start() {
        wired = new DeskOverDiscord(dir).casesInTheChannel();
        chat = new DiscordChat(wired.h, ALICE);
    }

    @AfterEach
    void stop() {
        wired.close();
    }

    private void openCaseAndRemind() {
        chat.slash(i -> i.subcommand("dispute", "new")).press("Temu").expect("Temu order number");
        chat.answer("PO-211-1234567890123").answer("Maria").press("German (de)").press("Counterfeit claim");
        chat.answer("USD 40").press("Partial refund").answer("12.5").press("Skip").press("Skip");
        chat.expect("Which evidence").press("Done").press("Skip").expect("Please check the case");
        chat.press("Confirm").expect("Case #1 opened");
        wired.desk.desk().reminders().runDue(wired.desk.clock().instant());
    }

    @Test
    void theOwnersReminderComesInTheirDirectMessagesToo() {
        chat.slash(i -> i.slash("settings", "setting", "dm-reminders", "value", "on"))
                .expect("Reminders of the cases you own now also come to you by direct message.");
        openCaseAndRemind();

        await().atMost(DiscordHarness.WAIT).until(() -> !wired.h.fake.directMessagesTo(ALICE.userId()).isEmpty());
        String dm = wired.h.fake.directMessagesTo(ALICE.userId()).get(0).body().path("content").asText();
        assertThat(dm).startsWith("Acme Store:").contains("Case #1 \\(Temu, order PO-211-1234567890123\\)");
        await().atMost(DiscordHarness.WAIT).untilAsserted(() -> assertThat(wired.h.fake.postedIn(FakeDiscord.CHANNEL))
                .as("the reminder in the case's channel too")
                .anySatisfy(c -> assertThat(c.body().path("content").asText()).contains("Case #1 \\(Temu")));
    }

    @Test
    void aMemberWhoAcceptsNoDirectMessagesIsToldOnceInTheGuild() {
        wired.h.fake.refuseDirectMessagesTo(ALICE.userId());
        chat.slash(i -> i.slash("settings", "setting", "dm-reminders", "value", "on")).expect("Saved.");
        openCaseAndRemind();

        await().atMost(DiscordHarness.WAIT).until(() -> wired.h.fake.posted().stream().anyMatch(c ->
                c.body().path("content").asText().contains("I could not send you a reminder by direct message")));
        assertThat(wired.h.fake.directMessagesTo(ALICE.userId())).isEmpty();
    }
}
