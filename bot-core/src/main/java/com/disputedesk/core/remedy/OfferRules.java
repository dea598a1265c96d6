package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.i18n.LocalText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The rules every offer passes, whichever path suggests it (the first ladder, the next step after a reply, a
 * buyer's counter): what a reason must never get, what a marketplace's policy forbids, and when silent tracking
 * means the parcel is lost.
 *
 * @param never               per reason, the offers it must never get and why
 * @param policyWhy           per marketplace id, why its policy forbids what it forbids (absent: a generic line)
 * @param lostAfterSilentDays from this many days without a tracking update the parcel counts as lost
 */
record OfferRules(Map<Reason, List<NeverRule>> never, Map<String, LocalText> policyWhy, int lostAfterSilentDays) {
    OfferRules {
        never = Map.copyOf(never);
        policyWhy = Map.copyOf(policyWhy);
    }

    /** The never-list entry that forbids {@code kind} for {@code reason}, if any. */
    Optional<NeverRule> never(Reason reason, OfferKind kind) {
        return never.getOrDefault(reason, List.of()).stream().filter(n -> n.offers().contains(kind)).findFirst();
    }

    /** Why the marketplace's policy forbids its offers, when the playbook says. */
    Optional<LocalText> policyWhy(Marketplace market) {
        return Optional.ofNullable(policyWhy.get(market.id()));
    }

    /**
     * The offer every ladder of the reason ends with: a full refund, or where the reason's never-list forbids one
     * (changed mind: no money without the item back), a return and refund.
     */
    OfferKind lastResort(Reason reason) {
        return lastResort(never.getOrDefault(reason, List.of()));
    }

    /** The last resort of a reason with this never-list. */
    static OfferKind lastResort(List<NeverRule> never) {
        return never.stream().anyMatch(n -> n.offers().contains(OfferKind.FULL_REFUND))
                ? OfferKind.RETURN_AND_REFUND : OfferKind.FULL_REFUND;
    }

    /** Whether tracking silent this long means the parcel is lost. */
    boolean lost(OptionalInt silentDays) {
        return silentDays.isPresent() && silentDays.getAsInt() >= lostAfterSilentDays;
    }
}
