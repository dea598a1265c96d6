package com.disputedesk.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.TestDesk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /new with the link of the chat message a dispute was raised in: the confirmed case's timeline keeps it. */
class IntakeSourceTest extends DeskTest {
    private static final String LINK = "https://discord.com/channels/9001/500/1500000000000000777";

    private void answerEverything(ChatScript chat) {
        chat.press("Temu").send("PO-211-1234567890123").send("@shopper_99").press("German (de)")
                .press("Counterfeit claim").send("USD 40").press("Partial refund").send("12.5").send("skip")
                .send("skip").send("none").send("today").send("confirm").expectAny("Case #1 opened");
    }

    private List<TimelineEntry> timeline() {
        DisputeCase c = desk.stores().stores().cases().all(TestDesk.TEAM.id(), 10).get(0);
        return desk.stores().stores().cases().timeline(c.id());
    }

    @Test
    void theCaseOpenedFromAMessageLinksToIt() {
        ChatScript chat = desk.chat();
        chat.send("/new " + LINK).expect("Which marketplace");
        answerEverything(chat);

        assertThat(timeline()).filteredOn(e -> e.kind() == TimelineEntry.Kind.NOTE).singleElement()
                .satisfies(e -> assertThat(e.text()).isEqualTo("Opened from the message " + LINK));
    }

    @Test
    void theLinkIsUsedOnceAndAPlainIntakeHasNone() {
        ChatScript chat = desk.chat();
        chat.send("/new").expect("Which marketplace");
        answerEverything(chat);

        assertThat(timeline()).noneMatch(e -> e.kind() == TimelineEntry.Kind.NOTE);
    }

    @Test
    void somethingThatIsNoMessageLinkIsRefusedAndStartsNothing() {
        desk.chat().send("/new https://example.com/phish").expect("Usage: /new").expectNoMore();
        desk.chat().send("hello").expect("Type /new to open a case");
    }
}
