package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.OfferKind;
import java.util.Map;

/**
 * The buyer-message pieces of one language (config/templates/&lt;lang&gt;.yml), validated.
 *
 * @param greeting       "Hello {buyer},"
 * @param greetingNoName when the buyer's name is not known
 * @param apology        the apology, naming {order}
 * @param tracking       the tracking line, naming {tracking}
 * @param alternative    introduces a second option
 * @param question       asks which option the buyer prefers (when there are two)
 * @param agree          asks whether the one option suits the buyer
 * @param followUp       closes an informational message (tracking shared, please wait ...)
 * @param closing        thanks and sign-off
 * @param breakdown      a partial refund's figures: {order-amount}, {amount}, {net}
 * @param offers         one paragraph per offer kind
 */
record TemplateSet(String greeting, String greetingNoName, String apology, String tracking, String alternative,
                   String question, String agree, String followUp, String closing, String breakdown,
                   Map<OfferKind, String> offers) {
    TemplateSet {
        offers = Map.copyOf(offers);
    }
}
