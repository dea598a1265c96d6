package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.i18n.LocalText;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.Rung.Basis;
import com.disputedesk.core.remedy.SellerEconomics.OrderEconomics;
import com.disputedesk.core.remedy.Suggestion.Note;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a reason's rungs for one order and keeps those that apply: conditions checked against the facts
 * known (an unknown fact counts as met and the rung says "if ..."), rungs the reason's never-list or the
 * marketplace forbids left out with a note saying why, waiting left out once tracking has been silent so long
 * the parcel counts as lost, amounts worked out and kept within what the seller can bear, and an offer that
 * costs the seller more than a full refund ranked after it.
 */
final class LadderBuilder {

    /** The facts a ladder depends on; any may be unknown (a quick suggestion knows none of them). */
    record Inputs(Reason reason, OfferRules rules, Marketplace marketplace, int promisedDays,
                  Optional<OrderEconomics> economics, Parcel parcel, Optional<BuyerRequest> request) {
    }

    /** The ranked offers and the notes on what was left out. */
    record Ladder(List<Offer> offers, List<Note> notes) {
    }

    private LadderBuilder() {
    }

    static Ladder build(List<Rung> rungs, Inputs in) {
        // the same walk in every team language: each sees the same facts, so offers and notes line up
        Map<UiLanguage, Walk> walks = new EnumMap<>(UiLanguage.class);
        for (UiLanguage lang : UiLanguage.values()) {
            walks.put(lang, walk(rungs, in, lang));
        }
        Walk fallback = walks.get(UiLanguage.FALLBACK);
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < fallback.offers().size(); i++) {
            Walked offer = fallback.offers().get(i);
            Map<String, String> why = new LinkedHashMap<>();
            for (Map.Entry<UiLanguage, Walk> walk : walks.entrySet()) {
                // a rung with no why of its own in a language reads the whole English line there
                Walked line = walk.getValue().offers().get(i);
                if (line.own()) {
                    why.put(walk.getKey().code(), line.why());
                }
            }
            offers.add(new Offer(offer.rank(), offer.kind(), offer.amount(), offer.rule(), new LocalText(why)));
        }
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < fallback.notes().size(); i++) {
            Map<String, String> text = new LinkedHashMap<>();
            for (Map.Entry<UiLanguage, Walk> walk : walks.entrySet()) {
                text.put(walk.getKey().code(), walk.getValue().notes().get(i).text());
            }
            notes.add(new Note(fallback.notes().get(i).rule(), new LocalText(text)));
        }
        return new Ladder(List.copyOf(offers), List.copyOf(notes));
    }

    /** One walk down the ladder in one language. */
    private record Walk(List<Walked> offers, List<Remark> notes) {
    }

    /** An offer as one walk found it; {@code own}: its rung has a why of its own in the walk's language. */
    private record Walked(int rank, OfferKind kind, Optional<Money> amount, String rule, String why, boolean own) {
    }

    /** A note in one language. */
    private record Remark(String rule, String text) {
    }

    private static Walk walk(List<Rung> rungs, Inputs given, UiLanguage lang) {
        List<Walked> offers = new ArrayList<>();
        List<Remark> notes = new ArrayList<>();
        given.economics().ifPresent(e -> notes.add(new Remark("seller.cap", e.explain(lang))));
        boolean lost = given.rules().lost(given.parcel().daysSilent());
        Inputs in = lost ? withParcel(given, given.parcel().lost()) : given;
        if (lost) {
            notes.add(new Remark("shipping.lost-after-silent-days", text(lang, "note.silent-lost",
                    String.valueOf(given.parcel().daysSilent().getAsInt()),
                    String.valueOf(given.rules().lostAfterSilentDays()))));
        }
        boolean requestAccepted = false;
        for (Rung rung : rungs) {
            Optional<String> assumption = assumption(rung, in, lang);
            if (assumption == null) {
                continue;
            }
            Optional<String> refused = refusal(rung.kind(), in, lost, lang);
            if (refused.isPresent()) {
                notes.add(new Remark(rung.rule(), refused.get()));
                continue;
            }
            if (requestAccepted && rung.kind() == OfferKind.PARTIAL_REFUND) {
                notes.add(new Remark(rung.rule(), text(lang, "note.not-needed")));
                continue;
            }
            Priced priced = price(rung, in, notes, lang);
            if (priced == null) {
                continue;
            }
            requestAccepted |= rung.amount().basis() == Basis.BUYER_REQUEST;
            String why = assumption.map(a -> priced.why() + text(lang, "ladder.only-if", a)).orElse(priced.why());
            offers.add(new Walked(offers.size() + 1, rung.kind(), priced.amount(), rung.rule(), why,
                    rung.why().writtenIn(lang)));
        }
        return new Walk(costlierAfterLastResort(offers, in, lang), notes);
    }

    private static Inputs withParcel(Inputs in, Parcel parcel) {
        return new Inputs(in.reason(), in.rules(), in.marketplace(), in.promisedDays(), in.economics(), parcel,
                in.request());
    }

    /**
     * Why the rules leave an offer of this kind out, in the team's language: the reason's never-list, waiting on
     * a parcel counted as lost, or the marketplace's policy. Empty when the offer may be made.
     */
    static Optional<String> refusal(OfferKind kind, Inputs in, boolean lost, UiLanguage lang) {
        Optional<NeverRule> never = in.rules().never(in.reason(), kind);
        if (never.isPresent()) {
            return Optional.of(text(lang, "note.never", offerLabel(kind, lang), never.get().why().in(lang)));
        }
        if (lost && kind == OfferKind.ASK_TO_WAIT) {
            return Optional.of(text(lang, "note.no-wait", offerLabel(kind, lang)));
        }
        if (!in.marketplace().allows(kind)) {
            String line = text(lang, "note.forbidden", in.marketplace().name(), offerLabel(kind, lang), kind.code());
            return Optional.of(in.rules().policyWhy(in.marketplace()).map(w -> line + text(lang, "note.policy-why",
                    w.in(lang))).orElse(line));
        }
        return Optional.empty();
    }

    /**
     * The offers with every one that costs the seller more than a full refund (a reship of a cheap order) moved
     * after the last resort, in their order, each saying why; ranks renumbered.
     */
    private static List<Walked> costlierAfterLastResort(List<Walked> offers, Inputs in, UiLanguage lang) {
        if (in.economics().isEmpty()) {
            return offers;
        }
        OrderEconomics e = in.economics().get();
        OfferKind lastResort = in.rules().lastResort(in.reason());
        int last = -1;
        for (int i = 0; i < offers.size(); i++) {
            if (offers.get(i).kind() == lastResort) {
                last = i;
            }
        }
        List<Walked> kept = new ArrayList<>();
        List<Walked> moved = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            Walked o = offers.get(i);
            Optional<Money> cost = SellerCost.of(o.kind(), o.amount(), e);
            if (i < last && cost.isPresent() && cost.get().compareTo(e.orderAmount()) > 0) {
                moved.add(new Walked(0, o.kind(), o.amount(), o.rule(), o.why() + text(lang, "ladder.costlier",
                        cost.get().toString(), e.orderAmount().toString(), offerLabel(lastResort, lang)), o.own()));
            } else {
                kept.add(o);
            }
        }
        kept.addAll(moved);
        List<Walked> ranked = new ArrayList<>();
        for (Walked o : kept) {
            ranked.add(new Walked(ranked.size() + 1, o.kind(), o.amount(), o.rule(), o.why(), o.own()));
        }
        return ranked;
    }

    private static String text(UiLanguage lang, String key, Object... args) {
        return Rung.TEXTS.get(lang, key, args);
    }

    private static String offerLabel(OfferKind kind, UiLanguage lang) {
        return Glossary.label(lang, kind);
    }

    /** The rung's own why line in {@code lang}, or its English one when it has none in {@code lang}. */
    private static String why(Rung rung, UiLanguage lang) {
        return rung.why().in(lang);
    }

    /**
     * Null when a known fact rules the rung out; otherwise the conditions that could not be checked, as
     * "tracking shows in-transit and ...", or empty when everything was known.
     */
    private static Optional<String> assumption(Rung rung, Inputs in, UiLanguage lang) {
        Rung.Condition when = rung.when();
        List<String> unknown = new ArrayList<>();
        Parcel parcel = in.parcel();
        if (!when.carrierStatus().isEmpty()) {
            if (parcel.status().isEmpty()) {
                unknown.add(when.carrierText(lang));
            } else if (!when.carrierStatus().contains(parcel.status().get())) {
                return null;
            }
        }
        if (when.withinPromisedTime().isPresent()) {
            if (parcel.daysSinceShipment().isEmpty()) {
                unknown.add(when.timeText(in.promisedDays(), lang));
            } else {
                boolean within = parcel.daysSinceShipment().getAsInt() <= in.promisedDays();
                if (within != when.withinPromisedTime().get()) {
                    return null;
                }
            }
        }
        if (!when.buyerRequests().isEmpty()) {
            if (in.request().isEmpty()) {
                unknown.add(when.requestText(lang));
            } else if (!when.buyerRequests().contains(in.request().get().kind())) {
                return null;
            }
        }
        return unknown.isEmpty() ? Optional.empty() : Optional.of(String.join(text(lang, "ladder.and"), unknown));
    }

    private record Priced(Optional<Money> amount, String why) {
    }

    /** The rung's amount and why; null when the rung cannot be offered on this order (a note says why). */
    private static Priced price(Rung rung, Inputs in, List<Remark> notes, UiLanguage lang) {
        Rung.AmountRule rule = rung.amount();
        String percent = rule.percent().stripTrailingZeros().toPlainString() + "%";
        if (rule.basis() == Basis.BUYER_REQUEST) {
            return acceptRequest(rung, in, notes, lang);
        }
        if (in.economics().isEmpty()) {
            String hint = switch (rule.basis()) {
                case PERCENT_OF_ORDER -> text(lang, "ladder.hint.order-amount", percent);
                case PERCENT_OF_ITEM_COST -> text(lang, "ladder.hint.item-cost", percent);
                default -> "";
            };
            return new Priced(Optional.empty(), why(rung, lang) + hint);
        }
        OrderEconomics e = in.economics().get();
        switch (rule.basis()) {
            case ORDER_AMOUNT:
                return new Priced(Optional.of(e.orderAmount()), why(rung, lang));
            case RESHIP_COST:
                return new Priced(Optional.of(e.reshipCost()), why(rung, lang));
            case PERCENT_OF_ITEM_COST:
                return new Priced(Optional.of(e.itemCost().times(rule.factor())),
                        why(rung, lang) + text(lang, "ladder.hint.item-cost", percent));
            case PERCENT_OF_ORDER: {
                if (!e.cap().isPositive()) {
                    String label = offerLabel(rung.kind(), lang);
                    notes.add(new Remark(rung.rule(), text(lang, "note.cap-zero", label,
                            label.toLowerCase(lang.locale()))));
                    return null;
                }
                Money wanted = e.orderAmount().times(rule.factor());
                if (wanted.compareTo(e.cap()) > 0) {
                    return new Priced(Optional.of(e.cap()), why(rung, lang) + text(lang, "ladder.capped",
                            e.cap().toString(), percent, wanted.toString()));
                }
                return new Priced(Optional.of(wanted), why(rung, lang) + text(lang, "ladder.percent-of-order", percent));
            }
            default:
                return new Priced(Optional.empty(), why(rung, lang));
        }
    }

    private static Priced acceptRequest(Rung rung, Inputs in, List<Remark> notes, UiLanguage lang) {
        Optional<Money> asked = in.request().filter(r -> r.kind() == RequestKind.PARTIAL_REFUND)
                .flatMap(BuyerRequest::amount);
        if (asked.isEmpty() || in.economics().isEmpty()) {
            return null;
        }
        OrderEconomics e = in.economics().get();
        Money x = asked.get();
        if (!x.currency().equals(e.orderAmount().currency())) {
            notes.add(new Remark(rung.rule(), text(lang, "note.request-currency", x.toString())));
            return null;
        }
        if (x.compareTo(e.cap()) > 0) {
            notes.add(new Remark(rung.rule(), text(lang, "note.request-above-cap", x.toString(), e.cap().toString())));
            return null;
        }
        return new Priced(Optional.of(x), why(rung, lang) + text(lang, "ladder.request-within", x.toString(),
                e.cap().toString()));
    }
}
