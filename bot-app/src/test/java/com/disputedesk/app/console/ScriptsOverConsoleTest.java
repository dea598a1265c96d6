package com.disputedesk.app.console;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.testkit.ConversationScripts;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared conversation scripts typed at the console, as an operator would: numbers for buttons, words. */
class ScriptsOverConsoleTest {
    @TempDir
    Path dir;
    private ConsoleChat chat;

    @BeforeEach
    void open() {
        chat = new ConsoleChat(dir);
    }

    @AfterEach
    void close() {
        chat.close();
    }

    @Test
    void aCaseOpenedThroughTheWholeIntakeIsLookedUpAndWorked() {
        ConversationScripts.openACaseThenWorkIt(chat);
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
