package com.disputedesk.telegram;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.testkit.ConversationScripts;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared conversation scripts in the team's Telegram group (privacy mode), through the whole engine. */
class ScriptsOverTelegramTest {
    private static final long GROUP = -1001;
    private static final long ANN = 42;

    @TempDir
    Path dir;
    private DeskOverTelegram wired;
    private TelegramChat chat;

    @BeforeEach
    void start() {
        wired = new DeskOverTelegram(dir).casesInTheGroup();
        chat = new TelegramChat(wired, GROUP, ANN, "Ann");
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
