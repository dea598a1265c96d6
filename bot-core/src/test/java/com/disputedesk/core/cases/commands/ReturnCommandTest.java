package com.disputedesk.core.cases.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.DeskTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * /return &lt;case&gt; agreed|shipped|received: each step goes on the timeline, and the marketplace clocks that declare
 * it start (shown with their deadline to the minute, in the team's zone) or stop.
 */
class ReturnCommandTest extends DeskTest {
    /** Monday 2 March 2026, 09:00 in Warsaw. */
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void anAgreedReturnStartsTheShippingClockOnTheCardAndAShippedOneStopsIt() {
        desk.clock().set(MONDAY);
        openCase("AliExpress", "8123456789012345");
        desk.chat().send("/case 1").expectNone("the buyer ships the agreed return");

        // Wednesday 4 March, 12:15 Warsaw
        desk.clock().set(Instant.parse("2026-03-04T11:15:00Z"));
        desk.chat().send("/return 1 agreed")
                .expect("Case #1: the return is agreed.\nThese marketplace clocks start now:\n"
                        + "the buyer ships the agreed return: 2026-03-14 12:15 (10d left)")
                .expectNoMore();
        desk.chat().send("/case 1").expectAny("the buyer ships the agreed return: 2026-03-14 12:15 (10d left)")
                .expectAny("return: the return was agreed");

        desk.clock().set(Instant.parse("2026-03-06T08:00:00Z"));
        desk.chat().send("/return 1 shipped RR123456789CN")
                .expect("Case #1: the buyer shipped the return.\nStopped: the buyer ships the agreed return")
                .expectNoMore();
        desk.chat().send("/case 1").expectNone("the buyer ships the agreed return:")
                .expectAny("the buyer shipped the return: \"RR123456789CN\"");
    }

    @Test
    void aReceivedReturnStartsTheClockToConfirmItToTheMinuteAcrossTheSummerTimeChange() {
        // Friday 27 March 2026, 16:40 in Warsaw (CET); summer time starts on Sunday 29 March
        desk.clock().set(Instant.parse("2026-03-27T15:40:00Z"));
        desk.chat().send("/new").press("TikTok Shop").send("576123456789012345").press("Skip").send("Somchai")
                .send("en").press("Wrong size").send("25.90 USD").press("Full refund").send("skip").send("skip")
                .send("none").send("now").send("confirm").expectAny("Case #1 opened");

        // 8 days after 15:40 UTC is 4 April 15:40 UTC: 17:40 in Warsaw summer time
        desk.chat().send("/return 1 received")
                .expect("Case #1: the returned item arrived.\nThese marketplace clocks start now:\n"
                        + "confirm the returned item's receipt: 2026-04-04 17:40 (8d left)")
                .expectNoMore();
        desk.chat().send("/case 1").expectAny("confirm the returned item's receipt: 2026-04-04 17:40 (8d left)");
    }

    @Test
    void aStepNoClockDeclaresChangesNoDeadlineAndSaysSo() {
        desk.clock().set(MONDAY);
        openCase("AliExpress", "8123456789012345");

        desk.chat().send("/return 1 received").expect("Case #1: the returned item arrived.\n"
                + "No marketplace clock starts or stops on this here; the deadlines stay as they were.");
    }

    @Test
    void aRepeatedStepAClosedCaseAndAnUnknownStepAreRefusedAndChangeNothing() {
        desk.clock().set(MONDAY);
        openCase("AliExpress", "8123456789012345");
        desk.chat().send("/return 1 agreed");
        int entries = timelineSize();

        desk.clock().set(Instant.parse("2026-03-05T08:00:00Z"));
        desk.chat().send("/return 1 agreed")
                .expect("Case #1: \"Return agreed\" is already recorded, at 2026-03-02 09:00. Nothing changed:"
                        + " recording it again would move the deadlines it started.").expectNoMore();
        desk.chat().send("/case 1").expectAny("the buyer ships the agreed return: 2026-03-12 09:00");
        desk.chat().send("/return 1 arrived").expect("Usage: /return <case> agreed|shipped|received [text]");
        desk.chat().send("/return").expect("Usage: /return");
        desk.chat().send("/return 9 agreed").expect("No case 9 in this team.");
        assertThat(timelineSize()).isEqualTo(entries);

        desk.chat().send("/close 1 withdrawn");
        desk.chat().send("/return 1 shipped")
                .expect("Case #1 is already closed (buyer withdrew the dispute); nothing changed.");
        assertThat(desk.stores().stores().cases().timeline(1)).filteredOn(e -> e.kind() == TimelineEntry.Kind.RETURN)
                .hasSize(1);
    }

    @Test
    void aChineseTeamReadsTheStepsAndTheHelpInChinese() {
        desk.clock().set(MONDAY);
        openCase("AliExpress", "8123456789012345");
        ChatScript chat = desk.chat();
        chat.send("/lang zh");

        chat.send("/return 1 agreed").expect("案件 #1：已同意退货。\n以下平台时限从现在开始计算：\n买家寄回约定的退货：");
        chat.send("/return 1 shipped").expect("案件 #1：买家已寄出退货。\n已停止：买家寄回约定的退货");
        chat.send("/case 1").expectAny("已同意退货").expectAny("买家已寄出退货");
        chat.send("/help").expectAny("/return").expectAny("记录退货进度");
        desk.chat().send("/lang en");
        desk.chat().send("/help").expectAny("record how far the item's return has come");
    }

    private int timelineSize() {
        return desk.stores().stores().cases().timeline(1).size();
    }

    private void openCase(String marketplace, String order) {
        desk.chat().send("/new").press(marketplace).send(order).send("Ana").send("es").press("Wrong size")
                .send("25.90 USD").press("Full refund").send("skip").send("skip").send("none").send("now")
                .send("confirm").expectAny("Case #1 opened");
    }
}
