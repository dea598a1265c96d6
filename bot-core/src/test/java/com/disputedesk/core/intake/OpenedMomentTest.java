package com.disputedesk.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.kernel.Moments;
import com.disputedesk.core.kernel.Moments.Problem;
import com.disputedesk.core.kernel.Moments.Reading;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** When the dispute was opened: a moment in the team's zone, never in the future, never nonsense. */
class OpenedMomentTest {
    /** Monday 2 March 2026, 15:40 in Warsaw (UTC+1). */
    private static final Instant NOW = Instant.parse("2026-03-02T14:40:00Z");
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "now                 | 2026-03-02T14:40:00Z",
        "Now                 | 2026-03-02T14:40:00Z",
        "现在                 | 2026-03-02T14:40:00Z",
        "today 14:30         | 2026-03-02T13:30:00Z",
        "today               | 2026-03-01T23:00:00Z",
        "今天 9:05            | 2026-03-02T08:05:00Z",
        "yesterday 09:15     | 2026-03-01T08:15:00Z",
        "昨天 23:59           | 2026-03-01T22:59:00Z",
        "yesterday           | 2026-02-28T23:00:00Z",
        "2026-02-20 10:00    | 2026-02-20T09:00:00Z",
        "2026-02-20T10:00    | 2026-02-20T09:00:00Z",
        "2026-02-20          | 2026-02-19T23:00:00Z",
        "3 hours ago         | 2026-03-02T11:40:00Z",
        "1 hour ago          | 2026-03-02T13:40:00Z",
        "2h ago              | 2026-03-02T12:40:00Z",
        "90 minutes ago      | 2026-03-02T13:10:00Z",
        "3小时前              | 2026-03-02T11:40:00Z",
        "20分钟前             | 2026-03-02T14:20:00Z",
        "3 days ago          | 2026-02-26T23:00:00Z",
    })
    void eachFormIsReadInTheTeamsZone(String typed, Instant expected) {
        Reading r = Moments.read(typed, NOW, WARSAW);

        assertThat(r.problem()).isEqualTo(Problem.NONE);
        assertThat(r.moment()).contains(expected);
    }

    @Test
    void theSameWordsMeanAnotherInstantInAnotherZone() {
        // 06:40 in Los Angeles: its 14:30 is still to come, its 06:30 was ten minutes ago
        assertThat(Moments.read("today 14:30", NOW, ZoneId.of("America/Los_Angeles")).problem())
                .isEqualTo(Problem.FUTURE);
        assertThat(Moments.read("today 06:30", NOW, ZoneId.of("America/Los_Angeles")).moment())
                .contains(Instant.parse("2026-03-02T14:30:00Z"));
        assertThat(Moments.read("today 14:30", NOW, ZoneId.of("Asia/Shanghai")).moment())
                .contains(Instant.parse("2026-03-02T06:30:00Z"));
    }

    @Test
    void aTimeTheClocksSkipMovesOnAndARepeatedOneIsTheFirst() {
        Instant afterChange = Instant.parse("2026-11-02T12:00:00Z");
        ZoneId la = ZoneId.of("America/Los_Angeles");
        // 1 November 2026: 01:00-02:00 happens twice in Los Angeles (PDT, then PST): the first one counts.
        assertThat(Moments.read("2026-11-01 01:30", afterChange, la).moment())
                .contains(Instant.parse("2026-11-01T08:30:00Z"));
        // 29 March 2026: 02:00-03:00 does not happen in Warsaw: 02:30 is read as 03:30.
        assertThat(Moments.read("2026-03-29 02:30", Instant.parse("2026-03-30T12:00:00Z"), WARSAW)
                .moment()).contains(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"today 15:41", "2026-03-03", "2026-03-02 23:00", "tomorrow", "in 3 hours"})
    void theFutureIsRefused(String typed) {
        Reading r = Moments.read(typed, NOW, WARSAW);

        assertThat(r.moment()).isEmpty();
        assertThat(r.problem()).isIn(Problem.FUTURE, Problem.NOT_A_MOMENT);
        if (!typed.startsWith("tomorrow") && !typed.startsWith("in ")) {
            assertThat(r.problem()).isEqualTo(Problem.FUTURE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"today 25:00", "today 14:60", "2026-02-30 10:00", "2026-13-01", "yesterday at noon",
        "soon", "14:30", "-3 hours ago", "3 weeks ago", ""})
    void nonsenseIsRefused(String typed) {
        assertThat(Moments.read(typed, NOW, WARSAW).problem()).isEqualTo(Problem.NOT_A_MOMENT);
    }

    @Test
    void moreThanAYearBackIsRefused() {
        assertThat(Moments.read("2025-03-01 10:00", NOW, WARSAW).problem()).isEqualTo(Problem.TOO_OLD);
        assertThat(Moments.read("9000 hours ago", NOW, WARSAW).problem()).isEqualTo(Problem.TOO_OLD);
    }

    @Test
    void theIntakeTakesATimeRefusesTheFutureAndStoresTheMoment() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.clock().set(NOW);
            ChatScript chat = untilOpened(desk);
            chat.send("today 16:00").expect("That is in the future: it is 2026-03-02 15:40 now (Europe/Warsaw).")
                    .send("today at four").expect("Please send when the dispute was opened")
                    .send("today 14:30").expect("Please check the case");
            assertThat(chat.lastReply().text()).contains("Dispute opened: 2026-03-02 14:30");
            chat.send("confirm").expectAny("Case #1 opened");

            DisputeCase c = desk.stores().stores().cases().byNumber("acme", new com.disputedesk.core.cases.CaseNumber(1))
                    .orElseThrow();
            assertThat(c.facts().openedAt()).contains(Instant.parse("2026-03-02T13:30:00Z"));
            assertThat(c.facts().openedOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
            // AliExpress: 5 days from 14:30, not from midnight
            desk.chat().send("/case 1").expectAny("2026-03-07 14:30");
        }
    }

    @Test
    void skippingMeansNowAndTheTeamsZoneIsTheOneSetInTheChat() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.clock().set(NOW);
            desk.chat().send("/settings zone America/Los_Angeles").expectAny("America/Los_Angeles");
            ChatScript chat = untilOpened(desk);
            chat.send("yesterday 09:15").expect("Please check the case");
            assertThat(chat.lastReply().text()).contains("Dispute opened: 2026-03-01 09:15");
            chat.send("confirm").expectAny("Case #1 opened");
            assertThat(desk.stores().stores().cases().byNumber("acme", new com.disputedesk.core.cases.CaseNumber(1))
                    .orElseThrow().facts().openedAt()).contains(Instant.parse("2026-03-01T17:15:00Z"));

            ChatScript second = untilOpened(desk);
            second.send("skip").expect("Please check the case");
            assertThat(second.lastReply().text()).contains("Dispute opened: now");
            second.send("confirm").expectAny("Case #2 opened");
            assertThat(desk.stores().stores().cases().byNumber("acme", new com.disputedesk.core.cases.CaseNumber(2))
                    .orElseThrow().facts().openedAt()).contains(NOW);
        }
    }

    /** Order ids no case of a test has yet: one open case per order. */
    private static final java.util.concurrent.atomic.AtomicInteger ORDERS = new java.util.concurrent.atomic.AtomicInteger(10);

    /** An AliExpress intake up to the question when the dispute was opened, for an order no case has yet. */
    private static ChatScript untilOpened(TestDesk desk) {
        ChatScript chat = desk.chat();
        chat.send("/new").press("AliExpress").send("81234567890123" + ORDERS.incrementAndGet()).send("Ana").send("es")
                .press("Wrong size").send("25.90 USD").press("Full refund").send("skip").send("skip")
                .send("none").expect("When was the dispute opened?");
        return chat;
    }

}
