package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.i18n.LocalText;
import java.util.EnumSet;
import java.util.Set;

/**
 * Offers a reason must never get, whatever its ladder or the buyer says (a counterfeit claim is not haggled over;
 * a buyer who changed their mind gets no money without sending the item back).
 *
 * @param offers the offer kinds left out
 * @param why    why, for the team, in the team languages the playbook gives it
 */
record NeverRule(Set<OfferKind> offers, LocalText why) {
    NeverRule {
        offers = offers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(offers));
    }
}
