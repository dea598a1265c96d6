package com.disputedesk.core.stats;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.TestDesk;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatsCommandTest extends DeskTest {
    private DisputeCase open(Reason reason, String marketplace, String orderId) {
        CaseFacts facts = new CaseFacts(marketplace, orderId, "Ana", "es", reason,
                BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("40.00", "USD"), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), LocalDate.of(2026, 3, 2));
        return desk.stores().stores().cases().create(new NewCase(TestDesk.TEAM.id(), facts, TestDesk.ALICE,
                TestDesk.CONSOLE, desk.clock().instant()), List.of());
    }

    private void close(DisputeCase c, Outcome outcome, String refunded) {
        CaseStore cases = desk.stores().stores().cases();
        cases.update(c.closed(outcome, Optional.ofNullable(refunded).map(a -> Money.of(a, "USD"))),
                new TimelineEntry(desk.clock().instant(), "test", TimelineEntry.Kind.CLOSED, outcome.code()));
    }

    @Test
    void showsWhatWasOpenedHowItEndedAndWhatItCost() {
        DisputeCase a = open(Reason.WRONG_SIZE, "aliexpress", "8100000000000001");
        DisputeCase b = open(Reason.WRONG_SIZE, "aliexpress", "8100000000000002");
        open(Reason.NOT_RECEIVED, "temu", "PO-211-000");
        close(a, Outcome.PARTIAL_REFUND, "8.00");
        close(b, Outcome.FULL_REFUND, "40.00");

        desk.chat().send("/stats")
                .expect("last 30 days")
                .expectAny("3 opened: 1 open, 0 awaiting the buyer, 2 closed")
                .expectAny("1 of 2 closed cases (50%)")
                .expectAny("Wrong size 2, Not received 1")
                .expectAny("AliExpress 2, Temu 1")
                .expectAny("48.00 USD");
    }

    @Test
    void countsOnlyThePeriodAsked() {
        open(Reason.WRONG_ITEM, "aliexpress", "8100000000000001");
        desk.clock().advance(Duration.ofDays(10));
        open(Reason.WRONG_ITEM, "aliexpress", "8100000000000002");

        desk.chat().send("/stats 7").expectAny("1 opened");
        desk.chat().send("/stats 30").expect("Dispute figures for the last 30 days").expectAny("2 opened");
        desk.chat().send("/stats 1").expect("Dispute figures for the last day:");
        desk.clock().advance(Duration.ofDays(2));
        desk.chat().send("/stats 1").expect("No cases were opened in the last day.");
    }

    @Test
    void saysSoWhenThereIsNothingYet() {
        desk.chat().send("/stats").expect("No cases were opened in the last 30 days.");
    }

    @Test
    void badPeriodGetsTheUsageLine() {
        desk.chat().send("/stats week").expect("Usage: /stats [days]");
        desk.chat().send("/stats 0").expect("Usage: /stats [days]");
        desk.chat().send("/stats 7 8").expect("Usage: /stats [days]");
    }
}
