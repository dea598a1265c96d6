package com.disputedesk.core.cases.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.testkit.DeskTest;
import org.junit.jupiter.api.Test;

/** /remedy with name=value facts beside its reason, amount and marketplace. */
class RemedyFactsCommandTest extends DeskTest {

    @Test
    void silentTrackingCostsAndTheBuyersAskShapeTheLadder() {
        Reply reply = desk.chat().send("/remedy not-received 2 USD aliexpress tracking=lost silent-days=30"
                + " item-cost=3 shipping-cost=1 evidence=tracking,order-chat").expect("order of 2.00 USD").lastReply();
        assertThat(reply.text()).contains("With: tracking=lost silent-days=30 item-cost=3 shipping-cost=1"
                + " evidence=tracking,order-chat");
        String card = reply.card().orElseThrow().asText();
        assertThat(card).contains("1. Full refund").contains("2. Reship the order")
                .contains("more than a full refund of 2.00 USD").contains("the parcel is treated as lost")
                .doesNotContain("Ask the buyer to wait");
    }

    @Test
    void aPartialTheBuyerAsksWithinTheCapComesFirst() {
        String card = desk.chat().send("/remedy wrong-size 40 USD asks=partial:10 item-cost=8 shipping-cost=2")
                .expect("Wrong size").lastReply().card().orElseThrow().asText();
        assertThat(card).contains("1. Partial refund").contains("10.00 USD");
    }

    @Test
    void factsMayComeInAnyOrderAmongTheArguments() {
        desk.chat().send("/remedy not-received silent-days=3 40 USD tracking=in-transit ebay")
                .expect("Not received on eBay, order of 40.00 USD");
    }

    @Test
    void aBadFactSaysWhichAndWhatItTakesAndSuggestsNothing() {
        desk.chat().send("/remedy wrong-size 40 USD item-cost=eight").expect("\"item-cost=eight\" is not a valid"
                + " item-cost: item-cost takes what the item cost you, an amount in the order's currency, e.g. 8.")
                .expectAny("Usage: /remedy").expectNone("Quick suggestion");
        desk.chat().send("/remedy wrong-size asks=everything").expect("\"asks=everything\" is not a valid asks");
        desk.chat().send("/remedy not-received tracking=gone").expect("tracking takes what tracking says: in-transit");
        desk.chat().send("/remedy not-received opened=last-week").expect("\"opened=last-week\" is not a valid opened");
        desk.chat().send("/remedy not-received evidence=tracking,selfie").expect("not a valid evidence");
    }

    @Test
    void anUnknownFactGetsTheNearestNameOrTheList() {
        desk.chat().send("/remedy wrong-size item-cots=3")
                .expect("Unknown fact \"item-cots\"; did you mean item-cost?");
        desk.chat().send("/remedy wrong-size colour=red").expect("Unknown fact \"colour\". Facts: opened, region,"
                + " tracking, shipped-days, silent-days, item-cost, shipping-cost, asks, evidence.");
    }

    @Test
    void factsThatDoNotFitTogetherAreRefused() {
        desk.chat().send("/remedy wrong-size item-cost=3").expect("Costs and a partial amount need the order amount");
        desk.chat().send("/remedy wrong-size 40 USD asks=partial:50")
                .expect("The buyer cannot ask 50 back on an order of 40.00 USD");
        desk.chat().send("/remedy wrong-size 40 JPY item-cost=3.5").expect("3.5 has more decimals than JPY takes (0)");
        desk.chat().send("/remedy not-received shipped-days=5 silent-days=9")
                .expect("Tracking cannot have been silent for 9 days when the parcel was shipped 5 days ago.");
        desk.chat().send("/remedy not-received opened=2099-01-01T10:00").expect("cannot open in the future");
    }

    // The desk's clock stands on Monday 2 March 2026, 09:00 in the team's zone (Europe/Warsaw, UTC+1);
    // AliExpress gives 5 days to answer, TikTok Shop 48 hours (1 working day in Thailand).

    @Test
    void openedTakesTheMomentAndTheDeadlineCountsFromItToTheMinute() {
        desk.chat().send("/remedy wrong-size 40 USD aliexpress opened=2026-02-27T10:15")
                .expectAny("2026-03-04 10:15 (Europe/Warsaw) \u00b7 2d 1h left");
        desk.chat().send("/remedy wrong-size 40 USD aliexpress opened=2026-02-27T10:16")
                .expectAny("2026-03-04 10:16 (Europe/Warsaw)");
    }

    @Test
    void aDateAloneIsItsStartAndTodayAndYesterdayAreTheTeamsDays() {
        desk.chat().send("/remedy wrong-size aliexpress opened=2026-02-27")
                .expectAny("2026-03-04 00:00 (Europe/Warsaw)");
        desk.chat().send("/remedy wrong-size aliexpress opened=yesterday")
                .expectAny("2026-03-06 00:00 (Europe/Warsaw)");
        desk.chat().send("/remedy wrong-size aliexpress opened=now").expectAny("2026-03-07 09:00 (Europe/Warsaw)");
    }

    @Test
    void withoutOpenedTheClocksCountFromNowAsTheIntakesDefault() {
        desk.chat().send("/remedy wrong-size 40 USD aliexpress").expectAny("2026-03-07 09:00 (Europe/Warsaw)");
        desk.clock().advance(java.time.Duration.ofMinutes(7));
        desk.chat().send("/remedy wrong-size 40 USD aliexpress").expectAny("2026-03-07 09:07 (Europe/Warsaw)");
    }

    @Test
    void theRegionPicksTheMarketplacesWindowForIt() {
        desk.chat().send("/remedy wrong-size tiktok opened=2026-03-02T08:30")
                .expectAny("2026-03-04 08:30 (Europe/Warsaw)");
        desk.chat().send("/remedy wrong-size tiktok region=TH opened=2026-03-02T08:30")
                .expectAny("2026-03-03 08:30 (Europe/Warsaw)");
    }

    @Test
    void aMomentIsReadInTheZoneTheTeamSetWithSettings() {
        desk.chat().send("/settings zone America/Los_Angeles");
        // 18:00 in Los Angeles on 1 March is 02:00 UTC on 2 March, before the desk's now
        desk.chat().send("/remedy wrong-size aliexpress opened=2026-03-01T18:00")
                .expectAny("2026-03-06 18:00 (America/Los_Angeles)");
        desk.chat().send("/remedy wrong-size aliexpress opened=2026-03-02T01:00")
                .expect("The dispute cannot open in the future (2026-03-02T01:00 in America/Los_Angeles).");
    }

    @Test
    void aFiveDayWindowAcrossTheSpringChangeEndsFiveDaysOfHoursLater() {
        desk.clock().set(java.time.Instant.parse("2026-03-30T10:00:00Z"));
        // Warsaw moves from UTC+1 to UTC+2 on 29 March at 02:00
        desk.chat().send("/remedy wrong-size aliexpress opened=2026-03-27T10:00")
                .expectAny("2026-04-01 11:00 (Europe/Warsaw)");
    }

    @Test
    void aMomentInTheFutureOrLongAgoIsRefusedAndNothingIsSuggested() {
        desk.chat().send("/remedy wrong-size aliexpress opened=2026-03-02T09:01")
                .expect("The dispute cannot open in the future (2026-03-02T09:01 in Europe/Warsaw).")
                .expectAny("Usage: /remedy").expectNone("Quick suggestion");
        desk.chat().send("/remedy wrong-size aliexpress opened=2025-01-01")
                .expect("The dispute cannot have opened more than 365 days ago (2025-01-01).")
                .expectNone("Quick suggestion");
    }

    @Test
    void helpListsTheFacts() {
        desk.chat().send("/help").expectAny("/remedy <reason> [amount currency] [marketplace] [opened= region="
                + " tracking= shipped-days= silent-days= item-cost= shipping-cost= asks= evidence=]");
    }

    @Test
    void inChineseABadFactIsExplainedInChinese() {
        desk.chat().send("/lang zh");
        desk.chat().send("/remedy not-received silent-days=many").expect("不是有效的 silent-days")
                .expectAny("距最后一次物流更新的天数");
    }
}
