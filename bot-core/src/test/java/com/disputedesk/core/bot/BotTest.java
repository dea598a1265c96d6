package com.disputedesk.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.TestDesk;
import org.junit.jupiter.api.Test;

class BotTest extends DeskTest {
    @Test
    void aChatNoTeamOwnsIsPolitelyRefusedAndNothingElseHappens() {
        ChatRef stranger = ChatRef.of(Platform.TELEGRAM, "-999");
        Member mallory = new Member(Platform.TELEGRAM, "666", "Mallory");

        desk.chat(stranger, mallory).send("/new")
                .expect("this chat is not set up for DisputeDesk")
                .expectAny("此聊天尚未配置");
        desk.chat(stranger, mallory).send("/cases").expect("not set up");
        assertThat(desk.stores().stores().dialogs().load(new com.disputedesk.core.dialog.DialogKey(stranger, mallory).key()))
                .isEmpty();
    }

    @Test
    void aPrivateChatOfAListedMemberIsServedButNotOfAnyoneElse() {
        Member listed = new Member(Platform.TELEGRAM, "42", "Lee");
        Member unlisted = new Member(Platform.TELEGRAM, "43", "Kim");

        desk.chat(ChatRef.of(Platform.TELEGRAM, "42"), listed).send("/stats").expectNone("not set up");
        desk.chat(ChatRef.of(Platform.TELEGRAM, "43"), unlisted).send("/stats").expect("not set up");
    }

    @Test
    void anUnknownCommandGetsAOneLineHint() {
        desk.chat().send("/frobnicate now").expect("Unknown command /frobnicate. Type /help");
    }

    @Test
    void aStaleButtonIsExplainedNotIgnored() {
        desk.chat().deliver(new com.disputedesk.core.chat.Inbound.ChoicePicked(TestDesk.CONSOLE, TestDesk.ALICE,
                "zz:gone", java.util.Optional.empty())).expect("no longer active");
    }
}
