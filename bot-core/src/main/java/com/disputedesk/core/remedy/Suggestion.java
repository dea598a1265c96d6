package com.disputedesk.core.remedy;

import com.disputedesk.core.i18n.LocalText;
import com.disputedesk.core.kernel.UiLanguage;
import java.util.List;

/**
 * What the remedy engine suggests for a case.
 *
 * @param offers   the ladder, first offer first; never empty (a full refund is always the last rung)
 * @param evidence the checklist for the reason, with what is at hand
 * @param deadline the platform's response deadline
 * @param draft    a message to the buyer proposing the first offer
 * @param notes    what the team should know besides the offers: what the seller can bear on this order, and
 *                 rungs left out (forbidden by the marketplace, above the cap), each with why
 */
public record Suggestion(List<Offer> offers, List<EvidenceItem> evidence, Deadline deadline, BuyerMessage draft,
                         List<Note> notes) {
    public Suggestion {
        offers = List.copyOf(offers);
        evidence = List.copyOf(evidence);
        notes = List.copyOf(notes);
        if (offers.isEmpty()) {
            throw new IllegalArgumentException("a suggestion needs at least one offer");
        }
    }

    public Suggestion(List<Offer> offers, List<EvidenceItem> evidence, Deadline deadline, BuyerMessage draft) {
        this(offers, evidence, deadline, draft, List.of());
    }

    public List<EvidenceItem> missingEvidence() {
        return evidence.stream().filter(e -> !e.atHand()).toList();
    }

    /** The offer ranked {@code rank} (1 = first), as members number them in {@code /offer <case> <n>}. */
    public java.util.Optional<Offer> offer(int rank) {
        return offers.stream().filter(o -> o.rank() == rank).findFirst();
    }

    /** The offer after {@code rank} on the ladder: what to propose when the buyer turns offer {@code rank} down. */
    public java.util.Optional<Offer> next(int rank) {
        return offer(rank + 1);
    }

    /**
     * A remark beside the ladder.
     *
     * @param rule the playbook rule it concerns ("wrong-size.partial-refund"), or "seller.cap" for the
     *             seller-can-bear summary
     * @param text one line, in every team language the engine wrote it in
     */
    public record Note(String rule, LocalText text) {

        /** A note in English only. */
        public Note(String rule, String text) {
            this(rule, LocalText.english(text));
        }

        /** The line in the team's language, or in English when it has none in it. */
        public String text(UiLanguage lang) {
            return text.in(lang);
        }
    }
}
