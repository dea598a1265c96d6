package com.disputedesk.core.cases.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.DeskTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Amounts given to /close, /reply counter and /remedy are facts checked like a careful agent would: the case's
 * currency and its minor unit (never rounded), the usual ceiling, and an outcome that agrees with its amount.
 * A refused one says why and stores nothing.
 */
class AmountFactsCommandsTest extends DeskTest {

    private DisputeCase usdCase() {
        return CaseFixture.on(desk).create();
    }

    private DisputeCase yenCase() {
        return CaseFixture.on(desk).order("8100000000000009").amount("4000", "JPY").create();
    }

    private void unchanged(DisputeCase c) {
        DisputeCase now = CaseFixture.reload(desk, c);
        assertThat(now.state()).isEqualTo(c.state());
        assertThat(now.version()).isEqualTo(c.version());
        assertThat(CaseFixture.timeline(desk, c)).extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntry.Kind.CREATED);
    }

    @Test
    void anAmountWithMoreDecimalsThanItsCurrencyIsRefusedNotRounded() {
        DisputeCase yen = yenCase();
        DisputeCase usd = usdCase();

        desk.chat().send("/close " + yen.number().value() + " partial-refund 30.5")
                .expect("\"30.5\": JPY amounts have no decimals. Nothing changed.").expectNoMore();
        desk.chat().send("/close " + yen.number().value() + " partial-refund 30.5 JPY")
                .expect("JPY amounts have no decimals. Nothing changed.").expectNoMore();
        desk.chat().send("/close " + usd.number().value() + " partial-refund 10.123 USD")
                .expect("USD amounts have at most 2 decimals. Nothing changed.").expectNoMore();
        desk.chat().send("/close " + usd.number().value() + " partial-refund 10.123")
                .expect("USD amounts have at most 2 decimals. Nothing changed.").expectNoMore();
        desk.chat().send("/close " + usd.number().value() + " partial-refund 10 XAU")
                .expect("not a currency in circulation").expectNoMore();

        desk.chat().send("/remedy wrong-size 30.5 JPY aliexpress")
                .expect("\"30.5 JPY\": JPY amounts have no decimals.").expectNoMore();
        desk.chat().send("/remedy wrong-size 10.123 USD")
                .expect("\"10.123\": USD amounts have at most 2 decimals.").expectNoMore();
        desk.chat().send("/remedy wrong-size 10 XAU").expect("not a currency in circulation").expectNoMore();

        unchanged(yen);
        unchanged(usd);
    }

    @Test
    void anAmountAboveTheCeilingAndTheOrderIsRefused() {
        DisputeCase usd = usdCase();

        desk.chat().send("/close 1 returned 250000")
                .expect("250000.00 USD is above the usual ceiling of 100000.00 USD for USD and above the order"
                        + " amount. Check the amount; nothing changed.").expectNoMore();
        desk.chat().send("/remedy wrong-size 5000000 USD aliexpress")
                .expect("5000000.00 USD is above the usual ceiling of 100000.00 USD for USD: check the amount.")
                .expectNoMore();

        unchanged(usd);
    }

    @Test
    void aFullRefundIsTheOrderAmountUnlessTheMemberConfirmsAnother() {
        DisputeCase c = usdCase();

        desk.chat().send("/close 1 full-refund 30")
                .expect("A full refund is the order amount, 40.00 USD. If 30.00 USD was refunded, that is a partial"
                        + " refund: /close 1 partial-refund 30.00. If it was the full refund all the same, confirm"
                        + " it: /close 1 full-refund 30.00 confirm. Nothing changed.").expectNoMore();
        unchanged(c);

        desk.chat().send("/close 1 full-refund 30 confirm")
                .expect("Case #1 closed: full refund, refunded 30.00 USD.");
        assertThat(CaseFixture.reload(desk, c).refund()).contains(Money.of("30.00", "USD"));
    }

    @Test
    void aPartialRefundIsLessThanTheOrderAndMoreThanZero() {
        DisputeCase c = usdCase();

        desk.chat().send("/close 1 partial-refund 40")
                .expect("40.00 USD is the whole order amount: that is a full refund: /close 1 full-refund."
                        + " Nothing changed.");
        desk.chat().send("/close 1 partial-refund 0")
                .expect("A partial refund is more than zero and less than the order amount (40.00 USD).");
        desk.chat().send("/close 1 partial-refund 40.01").expect("more than the order amount (40.00 USD)");
        unchanged(c);
    }

    @Test
    void anOutcomeThatMovedNoMoneyTakesNoAmount() {
        DisputeCase c = usdCase();

        desk.chat().send("/close 1 kept 5")
                .expect("\"buyer kept the item\" moved no money, so it takes no amount: /close 1 kept."
                        + " Nothing changed.");
        desk.chat().send("/close 1 withdrawn 5").expect("moved no money");
        desk.chat().send("/close 1 escalated-won 5").expect("moved no money");
        unchanged(c);
    }

    @Test
    void aReshipRecordsItsCostNotARefundAndStatsCountThemApart() {
        DisputeCase reshipped = usdCase();
        DisputeCase refunded = CaseFixture.on(desk).order("8100000000000002").create();
        DisputeCase returned = CaseFixture.on(desk).order("8100000000000003").create();

        desk.chat().send("/close 1 reshipped 4.50").expect("Case #1 closed: reshipped, reship cost 4.50 USD.");
        desk.chat().send("/close 2 partial-refund 8").expect("Case #2 closed: partial refund, refunded 8.00 USD.");
        desk.chat().send("/close 3 returned").expect("Case #3 closed: returned and refunded, refunded 40.00 USD.");

        DisputeCase stored = CaseFixture.reload(desk, reshipped);
        assertThat(stored.outcome()).contains(Outcome.RESHIPPED);
        assertThat(stored.reshipCost()).contains(Money.of("4.50", "USD"));
        assertThat(stored.refund()).isEmpty();
        assertThat(CaseFixture.timeline(desk, reshipped).get(1).text()).isEqualTo("reshipped, reship cost 4.50 USD");
        assertThat(CaseFixture.reload(desk, refunded).refund()).contains(Money.of("8.00", "USD"));
        assertThat(CaseFixture.reload(desk, returned).refund()).contains(Money.of("40.00", "USD"));

        desk.chat().send("/case 1").expectAny("reship cost 4.50 USD");
        ChatScript stats = desk.chat().send("/stats")
                .expectAny("Money: refunded 48.00 USD of 120.00 USD order value (40%); loss avoided 72.00 USD")
                .expectAny("Reship costs: 4.50 USD");
        assertThat(stats.lastReply().asText()).doesNotContain("52.50");
    }

    @Test
    void aCounterWithAnAmountTheCaseCannotTakeIsNotRecorded() {
        DisputeCase yen = yenCase();
        desk.chat().send("/offer " + yen.number().value() + " 1").expect("recorded as sent");
        DisputeCase awaiting = CaseFixture.reload(desk, yen);
        List<TimelineEntry> before = CaseFixture.timeline(desk, yen);

        desk.chat().send("/reply " + yen.number().value() + " counter wants 30.5 back")
                .expect("The buyer's counter was not recorded. \"30.5\": JPY amounts have no decimals."
                        + " Nothing changed.").expectNoMore();
        desk.chat().send("/reply " + yen.number().value() + " counter wants 99000000 back")
                .expect("The buyer's counter was not recorded. 99000000 JPY is above the usual ceiling of"
                        + " 15000000 JPY for JPY").expectNoMore();

        assertThat(CaseFixture.reload(desk, yen).state()).isEqualTo(CaseState.AWAITING_BUYER);
        assertThat(CaseFixture.reload(desk, yen).version()).isEqualTo(awaiting.version());
        assertThat(CaseFixture.timeline(desk, yen)).isEqualTo(before);

        desk.chat().send("/reply " + yen.number().value() + " counter wants 1500 back")
                .expect("the buyer countered offer 1");
    }
}
