package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.delivery.NoticeLog;
import com.disputedesk.core.delivery.Refusal;
import com.disputedesk.core.store.JdbcMemberDirectory;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.TestDesk;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** /settings dm-reminders: a member's reminders also by direct message, and a refused one told once. */
class DirectRemindersTest extends DeskTest {

    private void openCase() {
        desk.chat().send("/new").press("Temu").send("PO-211-1234567890123").send("@shopper_99")
                .press("German (de)").press("Counterfeit claim").send("USD 40").press("Partial refund")
                .send("12.5").send("skip").send("skip").send("none").send("today").send("confirm")
                .expectAny("Case #1 opened");
    }

    private List<Outgoing> due(Instant at) {
        desk.outbox().drain();
        desk.clock().set(at);
        desk.desk().reminders().runDue(at);
        return desk.outbox().drain();
    }

    @Test
    void anOwnerWhoAskedGetsEachReminderByDirectMessageToo() {
        desk.chat().send("/settings dm-reminders on")
                .expect("Saved. Reminders of the cases you own now also come to you by direct message.")
                .expectNoMore();
        openCase();

        List<Outgoing> sent = due(desk.clock().instant());

        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).chat()).isEqualTo(TestDesk.CONSOLE);
        assertThat(sent.get(0).reply().mention()).contains(TestDesk.ALICE);
        Outgoing direct = sent.get(1);
        assertThat(direct.chat()).isEqualTo(ChatRef.direct(TestDesk.ALICE));
        assertThat(direct.chat().directUserId()).contains("alice");
        assertThat(direct.reply().text()).startsWith("Acme Store:\n")
                .contains("Case #1 (Temu, order PO-211-1234567890123)");
        assertThat(direct.reply().choices()).as("buttons act only in the team chat").isEmpty();
    }

    @Test
    void remindersStayInTheTeamChatUntilTheOwnerAsksAndAfterTheyTurnItOff() {
        openCase();
        assertThat(due(desk.clock().instant())).singleElement()
                .satisfies(o -> assertThat(o.chat()).isEqualTo(TestDesk.CONSOLE));

        // Bob asks for direct messages, but the case is Alice's
        desk.chat(TestDesk.CONSOLE, TestDesk.BOB).send("/settings dm-reminders on").expect("Saved.");
        desk.chat().send("/settings dm-reminders off")
                .expect("Saved. Reminders of your cases come to the team chat only.");
        assertThat(due(Instant.parse("2026-03-02T23:00:00Z"))).singleElement()
                .satisfies(o -> assertThat(o.chat()).isEqualTo(TestDesk.CONSOLE));
    }

    @Test
    void anyMemberSetsItForThemselvesAndABadValueChangesNothing() {
        ChatScript bob = desk.chat(TestDesk.CONSOLE, TestDesk.BOB);
        bob.send("/settings").expectAny("Your reminders by direct message: off");
        bob.send("/settings dm-reminders maybe")
                .expect("Reminders by direct message are on or off, e.g. /settings dm-reminders on. Nothing was "
                        + "changed.").expectNoMore();
        bob.send("/settings").expectAny("Your reminders by direct message: off");
        bob.send("/settings dm-reminders ON").expect("Saved.");
        bob.send("/settings").expectAny("Your reminders by direct message: on");
        desk.chat().send("/settings").expectAny("Your reminders by direct message: off");
    }

    @Test
    void aChineseTeamIsAnsweredInChinese() {
        desk.chat().send("/settings language zh");
        desk.chat().send("/settings dm-reminders on").expect("已保存。你负责的案件的提醒现在也会私信发给你。");
        desk.chat().send("/settings").expectAny("你的私信提醒：开启");
    }

    @Test
    void aTelegramMemberIsToldToStartAPrivateChatFirst() {
        Member ann = new Member(Platform.TELEGRAM, "42", "Ann");
        desk.chat(ChatRef.of(Platform.TELEGRAM, "-1001"), ann).send("/settings dm-reminders on")
                .expect("open one and press Start");
    }

    @Test
    void aRefusedDirectMessageIsToldToItsMemberOnceInTheTeamChat() {
        Member ann = new Member(Platform.TELEGRAM, "42", "Ann");
        desk.chat(ChatRef.of(Platform.TELEGRAM, "-1001"), ann).send("/settings dm-reminders on").expect("Saved.");
        JdbcMemberDirectory members = new JdbcMemberDirectory(desk.stores().dataSource());
        DirectMessageRefusals refusals = new DirectMessageRefusals(new TeamDirectory(List.of(TestDesk.TEAM)),
                new TeamSettings(desk.stores().stores().settings()), members, NoticeLog.inMemory(), desk.outbox(),
                desk.clock());
        Refusal forbidden = new Refusal(Refusal.Reason.MISSING_PERMISSION, Optional.of(ChatRef.direct(ann)), "42",
                "403 Forbidden: bot can't initiate conversation with a user");
        desk.outbox().drain();

        refusals.refused(forbidden);
        refusals.refused(forbidden);

        assertThat(desk.outbox().drain()).singleElement().satisfies(o -> {
            assertThat(o.chat()).isEqualTo(ChatRef.of(Platform.TELEGRAM, "-1001"));
            assertThat(o.reply().mention()).map(Member::key).contains("telegram:42");
            assertThat(o.reply().text()).startsWith("Ann, I could not send you a reminder by direct message")
                    .contains("Open a private chat with me and press Start");
        });

        // a member who never asked, and a team's own place, are not this listener's
        refusals.refused(new Refusal(Refusal.Reason.MISSING_PERMISSION,
                Optional.of(ChatRef.direct(Platform.TELEGRAM, "77")), "77", "403"));
        refusals.refused(new Refusal(Refusal.Reason.MISSING_PERMISSION,
                Optional.of(ChatRef.of(Platform.TELEGRAM, "-1001")), "-1001", "403"));
        assertThat(desk.outbox().drain()).isEmpty();
    }
}
