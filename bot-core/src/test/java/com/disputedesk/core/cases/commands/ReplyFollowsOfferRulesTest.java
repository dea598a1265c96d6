package com.disputedesk.core.cases.commands;

import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.testkit.DeskTest;
import org.junit.jupiter.api.Test;

/** The next step after /reply goes through the same offer rules as the first suggestion. */
class ReplyFollowsOfferRulesTest extends DeskTest {

    @Test
    void aChangedMindBuyerWhoRefusesTheReturnIsNotOfferedAFullRefund() {
        CaseFixture.on(desk).reason(Reason.CHANGED_MIND).create();
        desk.chat().send("/offer 1 1").expect("recorded as sent: 1. Return and full refund");

        desk.chat().send("/reply 1 rejected").expect("Case #1: the buyer rejected offer 1.")
                .expectAny("That was the last offer the rules allow on case #1: Full refund left out: a buyer who"
                        + " changed their mind gets no money without sending the item back")
                .expectAny("escalated-won or escalated-lost")
                .expectNone("/close 1 full-refund").expectNone("/offer 1 2");
    }

    @Test
    void aChangedMindBuyerCounteringWithAnAmountGetsNoPartialRefund() {
        CaseFixture.on(desk).reason(Reason.CHANGED_MIND).create();
        desk.chat().send("/offer 1 1");

        desk.chat().send("/reply 1 counter keep it for 10 USD back")
                .expect("The buyer asks for 10.00 USD, but no partial refund is offered for this reason: a buyer who"
                        + " changed their mind gets no money without sending the item back.")
                .expectNone("/close 1 partial-refund");
    }

    @Test
    void aCounterfeitCounterIsNotHaggledOver() {
        CaseFixture.on(desk).reason(Reason.COUNTERFEIT_CLAIM).create();
        desk.chat().send("/offer 1 1").expect("recorded as sent: 1. Full refund");

        desk.chat().send("/reply 1 counter 5 USD and I keep it")
                .expect("The buyer asks for 5.00 USD, but no partial refund is offered for this reason: no haggling")
                .expectNone("/close 1 partial-refund");
    }

    @Test
    void aCounterAboveTheOrderAmountIsNamedAsSuch() {
        CaseFixture.on(desk).reason(Reason.WRONG_SIZE).amount("40.00", "USD").create();
        desk.chat().send("/offer 1 1");

        desk.chat().send("/reply 1 counter wants 55 USD")
                .expect("The buyer asks for 55.00 USD: more than the order amount of 40.00 USD, more than a full"
                        + " refund would give back.")
                .expectAny("Next on the ladder: 2.")
                .expectNone("/close 1 partial-refund");
    }

    @Test
    void inChineseTheRulesSpeakChinese() {
        CaseFixture.on(desk).reason(Reason.CHANGED_MIND).create();
        desk.chat().send("/lang zh");
        desk.chat().send("/offer 1 1");

        desk.chat().send("/reply 1 rejected").expectAny("案件 #1 已没有规则允许的其他方案")
                .expectAny("买家改变主意时，不退回商品就不退款");
    }
}
