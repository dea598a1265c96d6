package com.disputedesk.core.remedy;

import com.disputedesk.core.money.Money;
import com.disputedesk.core.team.UiLanguage;
import java.util.Optional;

/**
 * One rung of the remedy ladder.
 *
 * @param rank   1 for the first thing to offer
 * @param kind   what is offered
 * @param amount what it costs the seller or refunds the buyer, when it has an amount
 * @param rule   the playbook rule that produced it ("quality-defect.partial-refund")
 * @param why    one line on why this rung, in English (shown to the team)
 * @param whyZh  the same line in Simplified Chinese, when the playbook gives the rung a Chinese text
 */
public record Offer(int rank, OfferKind kind, Optional<Money> amount, String rule, String why,
                    Optional<String> whyZh) {

    public Offer {
        whyZh = whyZh == null ? Optional.empty() : whyZh;
    }

    /** An offer with its why in English only. */
    public Offer(int rank, OfferKind kind, Optional<Money> amount, String rule, String why) {
        this(rank, kind, amount, rule, why, Optional.empty());
    }

    /** The why line in the team's language: the Chinese text for Chinese when there is one, else the English. */
    public String why(UiLanguage lang) {
        return lang == UiLanguage.ZH ? whyZh.orElse(why) : why;
    }
}
