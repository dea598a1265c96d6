package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.i18n.LocalText;
import com.disputedesk.core.kernel.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The remedy engine's port: a pure function of case facts and the playbook. No clock, no I/O.
 */
public interface Remedies {

    /** The marketplaces the playbook configures, in the order members should see them. */
    List<Marketplace> marketplaces();

    Optional<Marketplace> marketplace(String id);

    /** The buyer languages that have templates. */
    List<String> buyerLanguages();

    /**
     * The suggestion for a case.
     *
     * @throws IllegalArgumentException when {@code facts.marketplace()} is not in the playbook
     * @param zone the team's time zone: the deadline is the nearest of the clocks the opening starts, from the
     *             moment the dispute opened (a case with only its day: that day's start in this zone)
     */
    Suggestion suggest(CaseFacts facts, ZoneId zone);

    /**
     * A draft to the buyer proposing offer {@code rank} of the case's ladder (1 = first), with the next
     * suitable offer as the alternative: for moving on after the buyer turned an offer down.
     *
     * @throws IllegalArgumentException when there is no such offer, or the marketplace is not in the playbook
     */
    BuyerMessage draft(CaseFacts facts, int rank);

    /**
     * A quick suggestion with no case ({@code /remedy <reason> [amount currency] [marketplace]}): no shipping
     * facts (rungs that depend on them say "if ..."), no evidence at hand, item and shipping cost by the
     * playbook's default shares, the draft in English with placeholders for what is not known.
     *
     * @param orderAmount   what the buyer paid; null when not given (offers then have no amounts)
     * @param marketplaceId a marketplace id or name; null or blank for the playbook's first marketplace
     * @param today         the day the deadline runs from, in {@code zone}
     * @throws IllegalArgumentException when the marketplace is not in the playbook (check with {@link #marketplace})
     */
    Suggestion quick(Reason reason, Money orderAmount, String marketplaceId, LocalDate today, ZoneId zone);

    /**
     * The regions whose clocks differ on a marketplace ("TH", "VN"), in the playbook's order; empty when its
     * clocks are the same everywhere (the intake then does not ask the region).
     */
    default List<String> regions(String marketplaceId) {
        return List.of();
    }

    /**
     * Every clock of the case's marketplace after what happened on the case, in the playbook's order. The opening
     * moment is taken from {@code facts} ({@link CaseFacts#openedMoment}); {@code events} are the rest.
     * An engine without clocks of its own has one, "respond": the suggestion's deadline, stopped by an offer or
     * a reply as the single deadline always was.
     *
     * @param zone the team's time zone: business days are counted on its calendar
     */
    default List<CaseClock> clocks(CaseFacts facts, List<ClockEvent.At> events, ZoneId zone) {
        Instant opened = facts.openedMoment(zone);
        Deadline deadline = suggest(facts, zone).deadline();
        Duration length = Duration.between(opened, deadline.due());
        ClockRule respond = new ClockRule("respond", LocalText.english("respond"),
                new ClockWindow.Calendar(length.isNegative() || length.isZero() ? Duration.ofMillis(1) : length),
                Map.of(), Set.of(ClockEvent.OPENED), Set.of(ClockEvent.OFFER_SENT, ClockEvent.BUYER_REPLIED),
                deadline.what(), deadline.verified());
        List<ClockEvent.At> all = new ArrayList<>(events);
        all.add(ClockEvent.OPENED.at(opened));
        return CaseClocks.replay(List.of(respond), all, facts.region(), zone);
    }

    /**
     * A quick suggestion with the facts the member typed ({@code /remedy ... tracking=lost silent-days=30}); a fact
     * not given counts as met, as in {@link #quick(Reason, Money, String, LocalDate, ZoneId)}. The deadline is the
     * nearest of the clocks the opening starts, in the facts' region; the draft is in the buyer's language when
     * the playbook has templates in it.
     *
     * @param opened the moment the dispute opened: every clock counts from it
     */
    default Suggestion quick(Reason reason, Money orderAmount, String marketplaceId, QuickFacts facts,
                             Instant opened, ZoneId zone) {
        return quick(reason, orderAmount, marketplaceId, LocalDate.ofInstant(opened, zone), zone);
    }

    /**
     * Every clock of a marketplace on a dispute that opened at {@code opened} and saw nothing else yet, in the
     * playbook's order: those the opening starts run with their deadline, the others have not started.
     *
     * @param marketplaceId a marketplace id or name; null or blank for the playbook's first marketplace
     * @param region        the buyer's country code, for clocks whose window differs by region
     * @param zone          the team's time zone: business days are counted on its calendar
     * @throws IllegalArgumentException when the marketplace is not in the playbook
     */
    default List<CaseClock> quickClocks(String marketplaceId, Instant opened, Optional<String> region, ZoneId zone) {
        return List.of();
    }

    /**
     * The buyer-message template for a reason in a language, filled with placeholders the team fills in
     * ("{order}", "{amount}"); English with {@code fallback} set when the language has none.
     */
    BuyerMessage template(Reason reason, String language);

    /**
     * Why the playbook's rules never let this case get an offer of {@code kind} (the reason's never-list, waiting
     * on a parcel counted as lost, the marketplace's policy), in the team languages; empty when it may be offered.
     *
     * @throws IllegalArgumentException when the marketplace is not in the playbook
     */
    Optional<LocalText> forbids(CaseFacts facts, OfferKind kind);

    /**
     * What the rules say of a buyer's counter asking {@code asked} back as money (in the order's currency): a
     * partial refund the reason or marketplace forbids, more than the order amount, more than the seller can bear,
     * or within it.
     *
     * @throws IllegalArgumentException when the marketplace is not in the playbook
     */
    CounterVerdict counter(CaseFacts facts, Money asked);

    /**
     * The most the seller can bear to give back on this case as money (a partial refund, a coupon): the cap the
     * playbook's seller economics put on the ladder's amounts.
     */
    Optional<Money> sellerCap(CaseFacts facts);
}
