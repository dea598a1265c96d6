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
        desk.chat().send("/remedy not-received opened=yesterday").expect("\"opened=yesterday\" is not a valid opened");
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
