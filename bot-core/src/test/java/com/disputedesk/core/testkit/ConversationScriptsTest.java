package com.disputedesk.core.testkit;

import org.junit.jupiter.api.Test;

/** The shared conversation scripts on the engine itself (the kit every platform kit is held to). */
class ConversationScriptsTest extends DeskTest {

    @Test
    void aCaseOpenedThroughTheWholeIntakeIsLookedUpAndWorked() {
        ConversationScripts.openACaseThenWorkIt(desk.chat());
    }

    @Test
    void theCardsButtonsWorkTheCase() {
        ConversationScripts.theCardsButtonsWorkTheCase(desk.chat());
    }

    @Test
    void aBadArgumentGetsTheUsageLineAndNothingMore() {
        ConversationScripts.aBadArgumentIsAnsweredByTheUsageLine(desk.chat());
    }

    @Test
    void aQuickSuggestionTakesFacts() {
        ConversationScripts.aQuickSuggestionTakesFacts(desk.chat());
    }
}
