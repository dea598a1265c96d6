package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.SentOffer;
import com.disputedesk.core.i18n.LocalText;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import java.util.Optional;

/**
 * One rung of the remedy ladder.
 *
 * @param rank   1 for the first thing to offer
 * @param kind   what is offered
 * @param amount what it costs the seller or refunds the buyer, when it has an amount
 * @param rule   the playbook rule that produced it ("quality-defect.partial-refund")
 * @param why    one line on why this rung, in the team languages the playbook gives it (shown to the team)
 */
public record Offer(int rank, OfferKind kind, Optional<Money> amount, String rule, LocalText why) {

    /** An offer with its why in English only. */
    public Offer(int rank, OfferKind kind, Optional<Money> amount, String rule, String why) {
        this(rank, kind, amount, rule, LocalText.english(why));
    }

    /** This offer as recorded in a case when the team sends it. */
    public SentOffer sent() {
        return new SentOffer(rank, kind, amount);
    }

    /** The why line in the team's language, or in English when the playbook gives none in it. */
    public String why(UiLanguage lang) {
        return why.in(lang);
    }
}
