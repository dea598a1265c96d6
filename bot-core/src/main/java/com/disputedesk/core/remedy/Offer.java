package com.disputedesk.core.remedy;

import com.disputedesk.core.money.Money;
import java.util.Optional;

/**
 * One rung of the remedy ladder.
 *
 * @param rank   1 for the first thing to offer
 * @param kind   what is offered
 * @param amount what it costs the seller or refunds the buyer, when it has an amount
 * @param rule   the playbook rule that produced it ("quality-defect.partial-refund")
 * @param why    one line on why this rung, in English (shown to the team)
 */
public record Offer(int rank, OfferKind kind, Optional<Money> amount, String rule, String why) {
}
