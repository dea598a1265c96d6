package com.disputedesk.core.remedy;

import java.util.List;

/**
 * What the remedy engine suggests for a case.
 *
 * @param offers   the ladder, first offer first; never empty
 * @param evidence the checklist for the reason, with what is at hand
 * @param deadline the platform's response deadline
 * @param draft    a message to the buyer proposing the first offer
 */
public record Suggestion(List<Offer> offers, List<EvidenceItem> evidence, Deadline deadline, BuyerMessage draft) {
    public Suggestion {
        offers = List.copyOf(offers);
        evidence = List.copyOf(evidence);
        if (offers.isEmpty()) {
            throw new IllegalArgumentException("a suggestion needs at least one offer");
        }
    }

    public List<EvidenceItem> missingEvidence() {
        return evidence.stream().filter(e -> !e.atHand()).toList();
    }
}
