package com.disputedesk.core.stats;

import com.disputedesk.core.cases.CaseReports.ReportedCase;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A period day by day, in the team's zone: cases opened and closed each day, and for the cases closed in the
 * period the money refunded and the order value kept (order amount less the refund), per currency. Amounts in
 * different currencies are never added together.
 *
 * @param opened cases opened per day, every day of the period present (zero included), oldest first
 * @param closed cases closed per day, the same days
 * @param money  per currency: refunded and kept value
 */
public record Trend(Map<LocalDate, Integer> opened, Map<LocalDate, Integer> closed, Map<Currency, Value> money) {

    /** What closed cases in one currency cost and kept. */
    public record Value(Money refunded, Money kept) {
    }

    /** Adds up a period's cases into a {@link Trend}, one case at a time. */
    public static final class Tally {
        private final Instant since;
        private final ZoneId zone;
        private final Map<LocalDate, Integer> opened = new LinkedHashMap<>();
        private final Map<LocalDate, Integer> closed = new LinkedHashMap<>();
        private final Map<Currency, Value> money = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));

        /** The period from {@code since} to {@code now}, days as the team's zone counts them. */
        public Tally(Instant since, Instant now, ZoneId zone) {
            this.since = since;
            this.zone = zone;
            LocalDate last = now.atZone(zone).toLocalDate();
            for (LocalDate d = since.atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
                opened.put(d, 0);
                closed.put(d, 0);
            }
        }

        public Tally add(ReportedCase r) {
            DisputeCase c = r.dispute();
            if (!c.openedAt().isBefore(since)) {
                opened.computeIfPresent(day(c.openedAt()), (d, n) -> n + 1);
            }
            if (c.state() == CaseState.CLOSED && r.closedAt().isPresent() && !r.closedAt().get().isBefore(since)) {
                closed.computeIfPresent(day(r.closedAt().get()), (d, n) -> n + 1);
                Money order = c.facts().orderAmount();
                Money refunded = c.refunded().filter(m -> m.currency().equals(order.currency()))
                        .orElse(new Money(BigDecimal.ZERO.setScale(order.amount().scale()), order.currency()));
                BigDecimal keptAmount = order.amount().subtract(refunded.amount()).max(BigDecimal.ZERO);
                Value v = new Value(refunded, new Money(keptAmount, order.currency()));
                money.merge(order.currency(), v, (a, b) -> new Value(a.refunded().plus(b.refunded()),
                        a.kept().plus(b.kept())));
            }
            return this;
        }

        public Trend result() {
            return new Trend(new LinkedHashMap<>(opened), new LinkedHashMap<>(closed), new LinkedHashMap<>(money));
        }

        private LocalDate day(Instant at) {
            return at.atZone(zone).toLocalDate();
        }
    }
}
