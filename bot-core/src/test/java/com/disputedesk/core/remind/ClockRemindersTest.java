package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.testkit.DeskTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reminders per marketplace clock, with the shipped playbook: AliExpress runs "accept or reject the buyer's request"
 * (5 days, restarted by a changed request, stopped by an offer), "settle before AliExpress steps in" (7 days,
 * stopped only by closing) and, once a return is agreed, "the buyer ships the agreed return" (10 days). Each
 * running clock is warned 48 h, 24 h and 4 h before it runs out and nagged every 4 h after, by name.
 */
class ClockRemindersTest extends DeskTest {
    /** Monday 2 March 2026, 09:00 in Warsaw (CET, UTC+1). */
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    private static final String RESPOND = "accept or reject the buyer's request";
    private static final String PLATFORM = "settle before AliExpress steps in";
    private static final String RETURN = "the buyer ships the agreed return";

    /** One reminder as it went out: when, and its text. */
    private record Sent(Instant at, String text) {
        @Override
        public String toString() {
            return at + " " + text;
        }
    }

    @Test
    void eachRunningClockIsWarnedAndNaggedByNameToTheMinute() {
        desk.clock().set(MONDAY);
        openAliExpressCase("today 08:30"); // 07:30 UTC: answer by 7 March 07:30, AliExpress steps in 9 March 07:30

        List<Sent> sent = runUntil(Instant.parse("2026-03-07T07:30:00Z"));

        assertThat(sent).extracting(s -> s.at() + " " + clockOf(s)).containsExactlyInAnyOrder(
                "2026-03-05T07:30:00Z " + RESPOND, "2026-03-06T07:30:00Z " + RESPOND,
                "2026-03-07T03:30:00Z " + RESPOND,
                "2026-03-07T07:30:00Z " + RESPOND, "2026-03-07T07:30:00Z " + PLATFORM);
        assertThat(sent.get(0).text()).isEqualTo("Case #1 (AliExpress, order 8123456789012345): " + RESPOND
                + ". The deadline is in 2d, at 2026-03-07 08:30.");
        assertThat(sent).filteredOn(s -> s.text().contains("OVERDUE")).singleElement()
                .satisfies(s -> assertThat(s.text())
                        .contains(RESPOND + ". The deadline passed 0m ago, at 2026-03-07 08:30."));
        assertThat(sent).filteredOn(s -> s.text().contains(PLATFORM)).singleElement()
                .satisfies(s -> assertThat(s.text()).contains("The deadline is in 2d, at 2026-03-09 08:30."));
    }

    @Test
    void anOfferStopsTheAnswerClocksRemindersAChangedRequestPlansThemAgainAndClosingStopsAll() {
        desk.clock().set(MONDAY);
        openAliExpressCase("today 08:30");

        desk.clock().set(Instant.parse("2026-03-04T10:00:00Z"));
        desk.chat().send("/offer 1 1").expectAny("recorded as sent");
        List<Sent> afterOffer = runUntil(Instant.parse("2026-03-09T07:30:00Z"));

        assertThat(afterOffer).extracting(s -> s.at() + " " + clockOf(s)).containsExactly(
                "2026-03-05T10:00:00Z follow-up", "2026-03-06T10:00:00Z follow-up",
                "2026-03-07T07:30:00Z " + PLATFORM, "2026-03-07T10:00:00Z follow-up",
                "2026-03-08T07:30:00Z " + PLATFORM, "2026-03-08T10:00:00Z follow-up",
                "2026-03-09T03:30:00Z " + PLATFORM, "2026-03-09T07:30:00Z " + PLATFORM);
        assertThat(afterOffer.get(afterOffer.size() - 1).text()).contains("is OVERDUE: " + PLATFORM);

        // Monday 9 March, 09:00 Warsaw: the buyer asks for something else; the 5 days to answer start again
        desk.clock().set(Instant.parse("2026-03-09T08:00:00Z"));
        desk.chat().send("/reply 1 changed partial refund 10 USD").expectAny(RESPOND + ": 2026-03-14 09:00");
        List<Sent> afterChange = runUntil(Instant.parse("2026-03-14T08:00:00Z"));

        assertThat(afterChange).filteredOn(s -> s.text().contains(RESPOND)).extracting(Sent::at).containsExactly(
                Instant.parse("2026-03-12T08:00:00Z"), Instant.parse("2026-03-13T08:00:00Z"),
                Instant.parse("2026-03-14T04:00:00Z"), Instant.parse("2026-03-14T08:00:00Z"));
        assertThat(afterChange).filteredOn(s -> s.text().contains(RESPOND)).first()
                .satisfies(s -> assertThat(s.text()).contains("The deadline is in 2d, at 2026-03-14 09:00."));
        // the platform clock was not restarted: it keeps nagging every 4 h, never warned again
        assertThat(afterChange).filteredOn(s -> s.text().contains(PLATFORM))
                .allSatisfy(s -> assertThat(s.text()).contains("OVERDUE"))
                .first().extracting(Sent::at).isEqualTo(Instant.parse("2026-03-09T11:30:00Z"));

        desk.chat().send("/close 1 withdrawn").expectAny("#1");
        assertThat(runUntil(Instant.parse("2026-03-30T00:00:00Z"))).isEmpty();
    }

    @Test
    void aReturnAgreedStartsTheReturnClocksRemindersAndTheShippedReturnStopsThem() {
        desk.clock().set(MONDAY);
        openAliExpressCase("today 08:30");

        desk.clock().set(Instant.parse("2026-03-03T09:15:00Z"));
        desk.chat().send("/return 1 agreed").expectAny(RETURN + ": 2026-03-13 10:15 (10d left)");
        List<Sent> sent = runUntil(Instant.parse("2026-03-11T09:15:00Z"));
        assertThat(sent).filteredOn(s -> s.text().contains(RETURN)).extracting(Sent::at)
                .containsExactly(Instant.parse("2026-03-11T09:15:00Z"));

        desk.chat().send("/return 1 shipped RR123456789CN").expectAny("Stopped: " + RETURN);
        assertThat(runUntil(Instant.parse("2026-03-20T00:00:00Z"))).filteredOn(s -> s.text().contains(RETURN))
                .isEmpty();
    }

    @Test
    void aReopenedCaseIsRemindedOfTheClocksOfItsNewIntakeEvenWhenItOpenedBeforeTheClose() {
        desk.clock().set(MONDAY);
        openAliExpressCase("today 08:30");
        desk.chat().send("/close 1 kept").expectAny("Case #1 closed"); // 09:00 Warsaw

        // 10:00 Warsaw: the buyer's dispute, opened at 08:45, is the one to work on after all
        desk.clock().set(Instant.parse("2026-03-02T09:00:00Z"));
        desk.chat().send("/new").press("AliExpress").send("8123456789012345").send("8123456789012345").send("Ana")
                .send("es").press("Wrong size").send("25.90 USD").press("Full refund").send("skip").send("skip")
                .send("none").send("today 08:45").send("confirm").expectAny("Case #1 reopened");

        List<Sent> sent = runUntil(Instant.parse("2026-03-07T07:45:00Z"));
        assertThat(sent).filteredOn(s -> s.text().contains(RESPOND)).extracting(Sent::at).containsExactly(
                Instant.parse("2026-03-05T07:45:00Z"), Instant.parse("2026-03-06T07:45:00Z"),
                Instant.parse("2026-03-07T03:45:00Z"), Instant.parse("2026-03-07T07:45:00Z"));
    }

    @Test
    void acrossTheSpringDstChangeRemindersComeAtTheExactInstantAndReadInLocalSummerTime() {
        // Thursday 26 March 2026, 10:00 in Warsaw (CET); clocks go forward on Sunday 29 March at 02:00
        desk.clock().set(Instant.parse("2026-03-26T09:00:00Z"));
        openAliExpressCase("now"); // 5 days: 31 March 09:00 UTC, which is 11:00 Warsaw summer time

        List<Sent> sent = runUntil(Instant.parse("2026-03-31T09:00:00Z"));

        assertThat(sent).filteredOn(s -> s.text().contains(RESPOND)).extracting(Sent::at).containsExactly(
                Instant.parse("2026-03-29T09:00:00Z"), Instant.parse("2026-03-30T09:00:00Z"),
                Instant.parse("2026-03-31T05:00:00Z"), Instant.parse("2026-03-31T09:00:00Z"));
        assertThat(sent.get(0).text()).contains(RESPOND + ". The deadline is in 2d, at 2026-03-31 11:00.");
    }

    @Test
    void aChineseTeamReadsTheClockByItsChineseName() {
        desk.clock().set(MONDAY);
        openAliExpressCase("today 08:30");
        desk.chat().send("/lang zh");

        List<Sent> sent = runUntil(Instant.parse("2026-03-07T07:30:00Z"));

        assertThat(sent.get(0).text()).isEqualTo("案件 #1（AliExpress，订单 8123456789012345）：同意或拒绝买家的申请。"
                + "截止时间还剩 2天，截止于 2026-03-07 08:30。");
        assertThat(sent).filteredOn(s -> s.text().contains("已逾期")).extracting(Sent::text)
                .anySatisfy(t -> assertThat(t).contains("同意或拒绝买家的申请。截止时间已过"))
                .noneSatisfy(t -> assertThat(t).contains("accept"));
    }

    /** The clock a reminder names, "follow-up" for a follow-up; the digest is left out by {@link #runUntil}. */
    private static String clockOf(Sent s) {
        for (String clock : List.of(RESPOND, PLATFORM, RETURN)) {
            if (s.text().contains(clock)) {
                return clock;
            }
        }
        return s.text().contains("has not answered your offer") ? "follow-up" : s.text();
    }

    private void openAliExpressCase(String opened) {
        desk.chat().send("/new").press("AliExpress").send("8123456789012345").send("Ana").send("es")
                .press("Wrong size").send("25.90 USD").press("Full refund").send("skip").send("skip").send("none")
                .send(opened).send("confirm").expectAny("Case #1 opened");
    }

    /**
     * Lets time pass until {@code end}: jumps the clock to each next due reminder and runs the scheduler there, as
     * its loop would. Returns the case reminders sent (not the daily digest), with the time they went out.
     */
    private List<Sent> runUntil(Instant end) {
        List<Sent> out = new ArrayList<>();
        ReminderScheduler scheduler = desk.desk().reminders();
        desk.outbox().drain();
        for (int guard = 0; guard < 10_000; guard++) {
            Optional<Instant> next = scheduler.nextDue();
            if (next.isEmpty() || next.get().isAfter(end)) {
                break;
            }
            if (next.get().isAfter(desk.clock().instant())) {
                desk.clock().set(next.get());
            }
            scheduler.runDue(desk.clock().instant());
            for (Outgoing o : desk.outbox().drain()) {
                String text = o.reply().text();
                if (!text.contains("Daily digest") && !text.contains("每日摘要")) {
                    out.add(new Sent(desk.clock().instant(), text));
                }
            }
        }
        if (end.isAfter(desk.clock().instant())) {
            desk.clock().set(end);
        }
        return out;
    }
}
