package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.ShippingFacts;
import com.disputedesk.core.money.Money;
import com.disputedesk.core.remedy.Rung.Basis;
import com.disputedesk.core.remedy.SellerEconomics.OrderEconomics;
import com.disputedesk.core.remedy.Suggestion.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Walks a reason's rungs for one order and keeps those that apply: conditions checked against the facts
 * known (an unknown fact counts as met and the rung says "if ..."), rungs the marketplace forbids left out
 * with a note, and amounts worked out and kept within what the seller can bear.
 */
final class LadderBuilder {

    /** The facts a ladder depends on; any may be unknown (a quick suggestion knows none of them). */
    record Inputs(Marketplace marketplace, int promisedDays, Optional<OrderEconomics> economics,
                  Optional<ShippingFacts> shipping, Optional<BuyerRequest> request) {
    }

    /** The ranked offers and the notes on what was left out. */
    record Ladder(List<Offer> offers, List<Note> notes) {
    }

    private LadderBuilder() {
    }

    static Ladder build(List<Rung> rungs, Inputs in) {
        List<Offer> offers = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        in.economics().ifPresent(e -> notes.add(new Note("seller.cap", e.explain())));
        boolean requestAccepted = false;
        for (Rung rung : rungs) {
            Optional<String> assumption = assumption(rung, in);
            if (assumption == null) {
                continue;
            }
            if (!in.marketplace().allows(rung.kind())) {
                notes.add(new Note(rung.rule(), in.marketplace().name() + "'s policy does not allow "
                        + rung.kind().code() + " offers: left out"));
                continue;
            }
            if (requestAccepted && rung.kind() == OfferKind.PARTIAL_REFUND) {
                notes.add(new Note(rung.rule(), "Not needed: the buyer's own partial-refund request comes first"));
                continue;
            }
            Priced priced = price(rung, in, notes);
            if (priced == null) {
                continue;
            }
            requestAccepted |= rung.amount().basis() == Basis.BUYER_REQUEST;
            String why = assumption.map(a -> priced.why() + " (only if " + a + ")").orElse(priced.why());
            offers.add(new Offer(offers.size() + 1, rung.kind(), priced.amount(), rung.rule(), why));
        }
        return new Ladder(List.copyOf(offers), List.copyOf(notes));
    }

    /**
     * Null when a known fact rules the rung out; otherwise the conditions that could not be checked, as
     * "tracking shows in-transit and ...", or empty when everything was known.
     */
    private static Optional<String> assumption(Rung rung, Inputs in) {
        Rung.Condition when = rung.when();
        List<String> unknown = new ArrayList<>();
        if (!when.carrierStatus().isEmpty()) {
            if (in.shipping().isEmpty()) {
                unknown.add(when.carrierText());
            } else if (!when.carrierStatus().contains(in.shipping().get().status())) {
                return null;
            }
        }
        if (when.withinPromisedTime().isPresent()) {
            if (in.shipping().isEmpty()) {
                unknown.add(when.timeText(in.promisedDays()));
            } else {
                boolean within = in.shipping().get().daysSinceShipment() <= in.promisedDays();
                if (within != when.withinPromisedTime().get()) {
                    return null;
                }
            }
        }
        if (!when.buyerRequests().isEmpty()) {
            if (in.request().isEmpty()) {
                unknown.add(when.requestText());
            } else if (!when.buyerRequests().contains(in.request().get().kind())) {
                return null;
            }
        }
        return unknown.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", unknown));
    }

    private record Priced(Optional<Money> amount, String why) {
    }

    /** The rung's amount and why; null when the rung cannot be offered on this order (a note says why). */
    private static Priced price(Rung rung, Inputs in, List<Note> notes) {
        Rung.AmountRule rule = rung.amount();
        String percent = rule.percent().stripTrailingZeros().toPlainString() + "%";
        if (rule.basis() == Basis.BUYER_REQUEST) {
            return acceptRequest(rung, in, notes);
        }
        if (in.economics().isEmpty()) {
            String hint = switch (rule.basis()) {
                case PERCENT_OF_ORDER -> " (" + percent + " of the order amount)";
                case PERCENT_OF_ITEM_COST -> " (" + percent + " of the item cost)";
                default -> "";
            };
            return new Priced(Optional.empty(), rung.why() + hint);
        }
        OrderEconomics e = in.economics().get();
        switch (rule.basis()) {
            case ORDER_AMOUNT:
                return new Priced(Optional.of(e.orderAmount()), rung.why());
            case RESHIP_COST: {
                Money cost = e.reshipCost();
                String more = cost.compareTo(e.orderAmount()) > 0
                        ? " (costs more than a full refund of " + e.orderAmount() + ")" : "";
                return new Priced(Optional.of(cost), rung.why() + more);
            }
            case PERCENT_OF_ITEM_COST:
                return new Priced(Optional.of(e.itemCost().times(rule.factor())),
                        rung.why() + " (" + percent + " of the item cost)");
            case PERCENT_OF_ORDER: {
                if (!e.cap().isPositive()) {
                    notes.add(new Note(rung.rule(), "The seller cannot bear any "
                            + rung.kind().label().toLowerCase(Locale.ROOT) + " on this order: left out"));
                    return null;
                }
                Money wanted = e.orderAmount().times(rule.factor());
                if (wanted.compareTo(e.cap()) > 0) {
                    return new Priced(Optional.of(e.cap()), rung.why() + " (capped at " + e.cap()
                            + ", the most the seller can bear; " + percent + " of the order would be " + wanted + ")");
                }
                return new Priced(Optional.of(wanted), rung.why() + " (" + percent + " of the order)");
            }
            default:
                return new Priced(Optional.empty(), rung.why());
        }
    }

    private static Priced acceptRequest(Rung rung, Inputs in, List<Note> notes) {
        Optional<Money> asked = in.request().filter(r -> r.kind() == RequestKind.PARTIAL_REFUND)
                .flatMap(BuyerRequest::amount);
        if (asked.isEmpty() || in.economics().isEmpty()) {
            return null;
        }
        OrderEconomics e = in.economics().get();
        Money x = asked.get();
        if (!x.currency().equals(e.orderAmount().currency())) {
            notes.add(new Note(rung.rule(), "The buyer asks " + x + ", not in the order's currency: compare by hand"));
            return null;
        }
        if (x.compareTo(e.cap()) > 0) {
            notes.add(new Note(rung.rule(), "The buyer asks " + x + "; the seller can bear at most " + e.cap()
                    + ": counter with the offers below"));
            return null;
        }
        return new Priced(Optional.of(x), rung.why() + " (the buyer asks " + x + ", within the " + e.cap()
                + " the seller can bear)");
    }
}
