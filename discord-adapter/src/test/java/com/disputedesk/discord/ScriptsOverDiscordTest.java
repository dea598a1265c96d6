package com.disputedesk.discord;


import static com.disputedesk.discord.DiscordHarness.ALICE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.testkit.ConversationScripts;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared conversation scripts in the team's Discord server: slash commands, buttons, the answer form. */
class ScriptsOverDiscordTest {
    @TempDir
    Path dir;
    private DeskOverDiscord wired;
    private DiscordKit chat;

    @BeforeEach
    void start() {
        // The shared scripts read every answer where it was typed; a case's own thread has its own test
        // (CaseThreadsOverDiscordTest).
        wired = new DeskOverDiscord(dir).casesInTheChannel();
        chat = new DiscordKit(wired.h, ALICE, wired.desk.desk().bot().commands());
    }

    @AfterEach
    void stop() {
        wired.close();
    }

    @Test
    void aCaseOpenedThroughTheWholeIntakeIsLookedUpAndWorked() {
        ConversationScripts.openACaseThenWorkIt(chat);
    }

    @Test
    void theCardsButtonsWorkTheCase() {
        ConversationScripts.theCardsButtonsWorkTheCase(chat);
    }

    @Test
    void aBadArgumentGetsTheUsageLineAndNothingMore() {
        ConversationScripts.aBadArgumentIsAnsweredByTheUsageLine(chat);
    }

    @Test
    void aQuickSuggestionTakesFacts() {
        ConversationScripts.aQuickSuggestionTakesFacts(chat);
    }

    @Test
    void aReplyNobodyExpectedFailsTheScript() {
        chat.send("/new").expect("Which marketplace").expectNoMore();
        chat.press("Temu");
        assertThatThrownBy(chat::expectNoMore).isInstanceOf(AssertionError.class)
                .hasMessageContaining("What is the Temu order number?");
    }
}
