package com.disputedesk.core.stats;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.Settlement;
import com.disputedesk.core.kernel.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Adds grouped rows (as a SQL GROUP BY returns them) and the durations of a period's cases in ascending order up to
 * an {@link OutcomeReport}. Holds one entry per team, marketplace, reason and owner, so it stays small however many
 * cases the rows stand for: a median is picked as the sorted durations pass by, from the counts the groups gave.
 *
 * <p>Use: every {@link #add} first, then {@link #firstOffer} and {@link #closed} in ascending order of duration,
 * then {@link #result}.
 */
public final class OutcomeTally {
    private final Group team = new Group();
    private final Map<String, Group> byMarketplace = new HashMap<>();
    private final Map<Reason, Group> byReason = new HashMap<>();
    private final Map<String, Group> byOwner = new HashMap<>();

    /** Where one group of cases belongs; {@code owner} is empty for unassigned cases. */
    public record Key(String marketplace, Reason reason, Optional<String> owner) {
    }

    /**
     * One grouped row of cases that share key, state, outcome and order currency.
     *
     * @param orderMinor        the sum of their order amounts, in the currency's minor unit
     * @param settledMinor      the sum of the amounts they were closed with (refunds, or reship costs), minor units
     * @param missedOffer       how many missed the deadline before the first offer
     * @param missedClose       how many missed it before the close
     * @param withFirstOffer    how many had a first offer
     * @param closedWithTime    how many are closed with their time to close known
     */
    public record Row(Key key, CaseState state, Optional<Outcome> outcome, Currency currency, int cases,
                      BigDecimal orderMinor, BigDecimal settledMinor, int missedOffer, int missedClose,
                      int withFirstOffer, int closedWithTime) {
    }

    public OutcomeTally add(Row row) {
        for (Group g : groups(row.key())) {
            g.add(row);
        }
        return this;
    }

    /** The next case's time from opening to first offer, in ascending order. */
    public OutcomeTally firstOffer(Key key, long seconds) {
        for (Group g : groups(key)) {
            g.toFirstOffer.next(seconds);
        }
        return this;
    }

    /** The next case's time from opening to close, in ascending order. */
    public OutcomeTally closed(Key key, long seconds) {
        for (Group g : groups(key)) {
            g.toClose.next(seconds);
        }
        return this;
    }

    /** The figures; owners are named by {@code ownerName} and only the {@code owners} busiest are kept. */
    public OutcomeReport result(Function<String, String> ownerName, int owners) {
        Map<String, OutcomeFigures> named = new LinkedHashMap<>();
        byOwner.entrySet().stream()
                .sorted(Map.Entry.<String, Group>comparingByValue(Comparator.comparingInt(g -> -g.opened))
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(owners)
                .forEach(e -> named.merge(ownerName.apply(e.getKey()), e.getValue().figures(), (a, b) -> a));
        return new OutcomeReport(team.figures(), busiestFirst(byMarketplace), busiestFirst(byReason), named);
    }

    private static <K extends Comparable<K>> Map<K, OutcomeFigures> busiestFirst(Map<K, Group> groups) {
        Map<K, OutcomeFigures> out = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted(Map.Entry.<K, Group>comparingByValue(Comparator.comparingInt(g -> -g.opened))
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue().figures()));
        return out;
    }

    private Iterable<Group> groups(Key key) {
        java.util.List<Group> groups = new java.util.ArrayList<>(4);
        groups.add(team);
        groups.add(byMarketplace.computeIfAbsent(key.marketplace(), k -> new Group()));
        groups.add(byReason.computeIfAbsent(key.reason(), k -> new Group()));
        key.owner().ifPresent(o -> groups.add(byOwner.computeIfAbsent(o, k -> new Group())));
        return groups;
    }

    /** One group's running sums. */
    private static final class Group {
        int opened;
        int closed;
        int kept;
        int missedOffer;
        int missedClose;
        int won;
        int lost;
        final Map<Currency, BigDecimal[]> minor = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        final Median toFirstOffer = new Median();
        final Median toClose = new Median();

        void add(Row r) {
            opened = Math.addExact(opened, r.cases());
            missedOffer += r.missedOffer();
            missedClose += r.missedClose();
            toFirstOffer.count += r.withFirstOffer();
            toClose.count += r.closedWithTime();
            if (r.state() != CaseState.CLOSED) {
                return;
            }
            closed += r.cases();
            Outcome outcome = r.outcome().orElse(null);
            if (outcome != null && TeamStats.orderKept(outcome)) {
                kept += r.cases();
            }
            if (outcome == Outcome.ESCALATED_WON) {
                won += r.cases();
            }
            if (outcome == Outcome.ESCALATED_LOST) {
                lost += r.cases();
            }
            BigDecimal refunded = outcome != null && Settlement.isCost(outcome) ? BigDecimal.ZERO : r.settledMinor();
            BigDecimal[] sums = minor.computeIfAbsent(r.currency(), c -> new BigDecimal[] {BigDecimal.ZERO,
                BigDecimal.ZERO});
            sums[0] = sums[0].add(r.orderMinor());
            sums[1] = sums[1].add(refunded);
        }

        OutcomeFigures figures() {
            Map<Currency, OutcomeFigures.Value> money = new LinkedHashMap<>();
            minor.forEach((c, sums) -> money.put(c, new OutcomeFigures.Value(money(c, sums[0]), money(c, sums[1]))));
            return new OutcomeFigures(opened, closed, kept, money, missedOffer, missedClose, won, lost,
                    toFirstOffer.value(), toClose.value());
        }

        private static Money money(Currency c, BigDecimal minor) {
            return new Money(minor.movePointLeft(Math.max(c.getDefaultFractionDigits(), 0)), c);
        }
    }

    /**
     * The median of {@code count} values given in ascending order: the middle one, or halfway between the two
     * middle ones.
     */
    private static final class Median {
        int count;
        private int seen;
        private long lower = Long.MIN_VALUE;
        private long upper = Long.MIN_VALUE;

        void next(long seconds) {
            seen++;
            if (seen == (count + 1) / 2) {
                lower = seconds;
            }
            if (seen == count / 2 + 1) {
                upper = seconds;
            }
        }

        Optional<Duration> value() {
            if (count == 0 || lower == Long.MIN_VALUE || upper == Long.MIN_VALUE) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofSeconds(lower).plus(Duration.ofSeconds(upper)).dividedBy(2));
        }
    }
}
