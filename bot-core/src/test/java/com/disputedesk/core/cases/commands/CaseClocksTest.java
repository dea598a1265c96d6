package com.disputedesk.core.cases.commands;

import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case card lists the running clocks in the team's zone; a changed request restarts the ones that restart. */
class CaseClocksTest {
    /** Monday 2 March 2026, 09:00 in Warsaw. */
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final String ORDER = "8123456789012345";

    @TempDir
    Path dir;

    @Test
    void theCardListsTheRunningClocksInTheTeamsZoneNowAndNeverAMissedOneOnAClosedCase() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.clock().set(NOW);
            openAliExpressCase(desk, "today 08:30");

            desk.chat().send("/case 1").expect("Clocks running")
                    .expectAny("accept or reject the buyer's request: 2026-03-07 08:30 (4d 23h left)")
                    .expectAny("settle before AliExpress steps in: 2026-03-09 08:30 (6d 23h left)"
                            + " (window not confirmed by the marketplace)")
                    .expectNone("the buyer ships the agreed return");

            // the same instants, read in the zone the team switched to after the case was opened
            desk.chat().send("/settings zone America/Los_Angeles").expectAny("America/Los_Angeles");
            desk.chat().send("/case 1")
                    .expectAny("accept or reject the buyer's request: 2026-03-06 23:30 (4d 23h left)")
                    // Los Angeles moves to summer time on 8 March: the same instant is half past midnight there
                    .expectAny("settle before AliExpress steps in: 2026-03-09 00:30");

            desk.clock().set(Instant.parse("2026-03-08T09:30:00Z"));
            desk.chat().send("/case 1")
                    .expectAny("accept or reject the buyer's request: 2026-03-06 23:30 (missed 1d 2h ago): the amount"
                            + " the buyer asked for is refunded automatically")
                    .expectAny("settle before AliExpress steps in: 2026-03-09 00:30 (22h left)");

            desk.chat().send("/close 1 withdrawn").expectAny("#1");
            desk.chat().send("/case 1").expectAny("none running, the case is closed").expectNone("missed");
        }
    }

    @Test
    void anOfferStopsTheAnswerClockAndAChangedRequestStartsItAgain() {
        try (TestDesk desk = TestDesk.open(dir)) {
            desk.clock().set(NOW);
            openAliExpressCase(desk, "today 08:30");

            desk.chat().send("/offer 1 1").expectAny("recorded as sent");
            desk.chat().send("/case 1").expectNone("accept or reject the buyer's request:")
                    .expectAny("settle before AliExpress steps in: 2026-03-09 08:30");

            desk.clock().set(Instant.parse("2026-03-04T11:15:00Z"));
            desk.chat().send("/reply 1 changed").expect("Say what the buyer asks for now");
            desk.chat().send("/reply 1 changed partial refund 10 USD instead of a return")
                    .expect("Case #1: the buyer changed the request: partial refund 10 USD instead of a return.")
                    .expectAny("These marketplace clocks start again from now:")
                    .expectAny("accept or reject the buyer's request: 2026-03-09 12:15 (5d left)");
            desk.chat().send("/case 1").expectAny("request changed: the buyer changed the request: partial refund 10 USD")
                    .expectAny("accept or reject the buyer's request: 2026-03-09 12:15 (5d left)")
                    .expectAny("settle before AliExpress steps in: 2026-03-09 08:30");

            desk.chat().send("/close 1 withdrawn");
            desk.chat().send("/reply 1 changed full refund").expectNone("start again");
        }
    }

    @Test
    void aMarketplaceWhoseClocksDifferByRegionAsksTheRegionAndCountsItsWindow() {
        try (TestDesk desk = TestDesk.open(dir)) {
            // Friday 6 March 2026, 16:00 in Warsaw
            desk.clock().set(Instant.parse("2026-03-06T15:00:00Z"));
            ChatScript chat = desk.chat();
            chat.send("/new").press("TikTok Shop").send("576123456789012345")
                    .expect("Which TikTok Shop region is the order in?")
                    .expectChoices("Thailand (TH)", "Vietnam (VN)", "Indonesia (ID)", "Skip", "Back", "Cancel")
                    .press("Thailand (TH)").send("Somchai").send("en").press("Wrong size").send("25.90 USD")
                    .press("Full refund").send("skip").send("skip").send("none").send("now")
                    .expect("Please check the case");
            chat.send("confirm").expectAny("Case #1 opened");

            // 1 working day from Friday 16:00: Monday 16:00
            desk.chat().send("/case 1")
                    .expectAny("approve or reject the return / refund request: 2026-03-09 16:00 (3d left)");

            ChatScript other = desk.chat();
            other.send("/new").press("AliExpress").send(ORDER).expect("buyer's name").expectNone("region");
        }
    }

    private static void openAliExpressCase(TestDesk desk, String opened) {
        desk.chat().send("/new").press("AliExpress").send(ORDER).send("Ana").send("es").press("Wrong size")
                .send("25.90 USD").press("Full refund").send("skip").send("skip").send("none").send(opened)
                .send("confirm").expectAny("Case #1 opened");
    }
}
