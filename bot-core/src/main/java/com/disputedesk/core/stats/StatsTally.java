package com.disputedesk.core.stats;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.Settlement;
import com.disputedesk.core.kernel.Money;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Adds grouped counts (one call per group of cases, as a SQL GROUP BY returns them) up to a {@link TeamStats}.
 * Holds one entry per distinct group value, so it stays small however many cases the groups stand for.
 */
public final class StatsTally {
    private final Instant since;
    private int opened;
    private int open;
    private int awaiting;
    private int closed;
    private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    private final Map<Reason, Integer> byReason = new EnumMap<>(Reason.class);
    private final Map<String, Integer> byMarketplace = new TreeMap<>();
    private final Map<String, Integer> byOwner = new LinkedHashMap<>();
    private final Map<Currency, Money> refunded = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    private final Map<Currency, Money> reshipCosts = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));

    public StatsTally(Instant since) {
        this.since = since;
    }

    /** {@code cases} cases in {@code state}, ended with {@code outcome}, for {@code reason} on {@code marketplace}. */
    public StatsTally add(CaseState state, Optional<Outcome> outcome, Reason reason, String marketplace, int cases) {
        inState(state, cases);
        outcome.ifPresent(o -> endedWith(o, cases));
        forReason(reason, cases);
        onMarketplace(marketplace, cases);
        return this;
    }

    /**
     * {@code cases} cases now in {@code state}; they count as opened. Counts given one facet at a time (this and
     * the three below) must each cover the same cases, as per-day counts kept facet by facet do.
     */
    public StatsTally inState(CaseState state, int cases) {
        opened = Math.addExact(opened, cases);
        switch (state) {
            case OPEN -> open += cases;
            case AWAITING_BUYER -> awaiting += cases;
            case CLOSED -> closed += cases;
        }
        return this;
    }

    /** {@code cases} closed cases that ended with {@code outcome}. */
    public StatsTally endedWith(Outcome outcome, int cases) {
        outcomes.merge(outcome, cases, Integer::sum);
        return this;
    }

    /** {@code cases} cases opened for {@code reason}. */
    public StatsTally forReason(Reason reason, int cases) {
        byReason.merge(reason, cases, Integer::sum);
        return this;
    }

    /** {@code cases} cases on {@code marketplace}. */
    public StatsTally onMarketplace(String marketplace, int cases) {
        byMarketplace.merge(marketplace, cases, Integer::sum);
        return this;
    }

    /** Money refunded (a sum over some cases) in its currency. */
    public StatsTally refunded(Money total) {
        refunded.merge(total.currency(), total, Money::plus);
        return this;
    }

    /**
     * The amounts closed cases of {@code outcome} recorded (a sum): refunds, or the cost of reships, which are
     * counted apart and never as money refunded.
     */
    public StatsTally settled(Optional<Outcome> outcome, Money total) {
        if (outcome.filter(Settlement::isCost).isPresent()) {
            reshipCosts.merge(total.currency(), total, Money::plus);
            return this;
        }
        return refunded(total);
    }

    /** {@code cases} cases owned by the member shown as {@code name}. */
    public StatsTally owner(String name, int cases) {
        byOwner.merge(name, cases, Integer::sum);
        return this;
    }

    public TeamStats result() {
        return new TeamStats(since, opened, open, awaiting, closed, outcomes, byReason, byMarketplace, byOwner,
                refunded, reshipCosts);
    }
}
