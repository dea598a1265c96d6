package com.disputedesk.core.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The chat-script kit itself: a reply nobody expected fails the script that ends with expectNoMore. */
class ChatScriptTest extends DeskTest {

    @Test
    void aReplyNoExpectationConsumedFailsExpectNoMore() {
        ChatScript chat = desk.chat();
        chat.send("/new").expect("Which marketplace").expectNoMore();
        chat.press("AliExpress");
        assertThatThrownBy(chat::expectNoMore).isInstanceOf(AssertionError.class)
                .hasMessageContaining("What is the AliExpress order number?");
    }

    @Test
    void everyReplyOfAnExchangeMustBeConsumed() {
        ChatScript chat = desk.chat();
        chat.send("/new").press("Cancel").expect("Draft cancelled.").expectNoMore();
        chat.send("/help");
        assertThatThrownBy(chat::expectNoMore).isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected no more replies");
    }
}
