package com.disputedesk.core.stats;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.SentOffer;
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

    private DisputeCase close(DisputeCase c, Outcome outcome, String refunded) {
        CaseStore cases = desk.stores().stores().cases();
        return cases.update(c.closed(outcome, Optional.ofNullable(refunded).map(a -> Money.of(a, "USD"))),
                new TimelineEntry(desk.clock().instant(), "test", TimelineEntry.Kind.CLOSED, outcome.code()));
    }

    private DisputeCase offerSent(DisputeCase c) {
        return desk.stores().stores().cases().update(c.withState(CaseState.AWAITING_BUYER), new TimelineEntry(
                desk.clock().instant(), "test", TimelineEntry.Kind.OFFER_SENT,
                new SentOffer(1, OfferKind.PARTIAL_REFUND, Optional.empty()).timelineText()));
    }

    /** Two cases on AliExpress, one escalated and won; the other's 1-hour deadline missed before anything. */
    private void aWeekOfWork() {
        DisputeCase late = open(Reason.WRONG_SIZE, "aliexpress", "8100000000000001");
        desk.stores().stores().queries().recordDue(late.id(), Optional.of(desk.clock().instant()
                .plus(Duration.ofHours(1))));
        DisputeCase won = open(Reason.NOT_RECEIVED, "aliexpress", "8100000000000002");
        desk.clock().advance(Duration.ofHours(2));
        late = offerSent(late);
        won = offerSent(won);
        desk.clock().advance(Duration.ofHours(22));
        close(late, Outcome.PARTIAL_REFUND, "10.00");
        desk.clock().advance(Duration.ofDays(2));
        close(won, Outcome.ESCALATED_WON, null);
    }

    @Test
    void showsMediansDeadlinesMissedAndEscalationsInEnglish() {
        aWeekOfWork();

        desk.chat().send("/stats 7")
                .expect("last 7 days")
                .expectAny("Money: refunded 10.00 USD of 80.00 USD order value (13%); loss avoided 70.00 USD")
                .expectAny("Median time: to the first offer 2h 0m, to close 2d 0h")
                .expectAny("Deadlines missed: 1 case before the first offer, 1 case before the close")
                .expectAny("Escalations: 1 won, 0 lost")
                .expectAny("AliExpress: 2 opened, 2 closed, 2 kept; refunded 10.00 USD of 80.00 USD, loss avoided"
                        + " 70.00 USD; median first offer 2h 0m, close 2d 0h; deadlines missed 1 before the first"
                        + " offer, 1 before the close; escalations 1 won, 0 lost")
                .expectAny("Alice: 2 opened");
    }

    @Test
    void showsTheSameFiguresInChinese() {
        aWeekOfWork();
        desk.chat().send("/lang zh");

        desk.chat().send("/stats 7")
                .expect("最近 7 天")
                .expectAny("金额: 订单金额 80.00 USD 中已退款 10.00 USD（13%）；避免损失 70.00 USD")
                .expectAny("时间中位数: 首次方案 2小时0分钟，结案 2天0小时")
                .expectAny("错过的期限: 首次方案前 1 件，结案前 1 件")
                .expectAny("平台介入: 胜诉 1 件，败诉 0 件")
                .expectAny("AliExpress：新建 2，已关闭 2，保住订单 2；订单金额 80.00 USD 中已退款 10.00 USD，避免损失 70.00 USD");
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
                .expectAny("Wrong size: 2 opened, 2 closed, 1 kept")
                .expectAny("Not received: 1 opened, 0 closed, 0 kept")
                .expectAny("AliExpress: 2 opened")
                .expectAny("Temu: 1 opened")
                .expectAny("refunded 48.00 USD of 80.00 USD order value (60%); loss avoided 32.00 USD");
    }

    /** Two Mercado Libre claims, the first answered after its 1-hour deadline. */
    private void twoMercadoLibreClaims() {
        DisputeCase late = open(Reason.NOT_RECEIVED, "mercadolibre", "2000008123456781");
        desk.stores().stores().queries().recordDue(late.id(), Optional.of(desk.clock().instant()
                .plus(Duration.ofHours(1))));
        DisputeCase inTime = open(Reason.NOT_RECEIVED, "mercadolibre", "2000008123456782");
        desk.clock().advance(Duration.ofHours(2));
        offerSent(late);
        offerSent(inTime);
    }

    @Test
    void showsTheTeamsRateBesideTheMarketplacesLimit() {
        twoMercadoLibreClaims();

        desk.chat().send("/stats")
                .expectAny("Marketplace limits: Mercado Libre: deadline passed before the first offer in 1 of 2"
                        + " cases (50% of the cases, so at most that of the orders); limit 2% (unverified)");
        desk.chat().send("/lang zh");
        desk.chat().send("/stats")
                .expectAny("平台指标上限: Mercado Libre：2 件中有 1 件在首次方案前已过期限（占案件 50%，占订单的比例不会更高）；"
                        + "上限 2%（未经核实）");
    }

    @Test
    void aMarketplaceWithoutLimitsShowsNone() {
        open(Reason.NOT_RECEIVED, "aliexpress", "8100000000000001");

        desk.chat().send("/stats").expect("Dispute figures").expectNone("Marketplace limits");
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
