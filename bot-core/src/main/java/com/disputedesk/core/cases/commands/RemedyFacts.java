package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.FactKey;
import com.disputedesk.core.bot.FactValues;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.Moments;
import com.disputedesk.core.kernel.MoneyParser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The facts /remedy takes as {@code name=value} beside its arguments, the same names {@code disputedesk suggest}
 * reads from JSON: each declared once with how its value is read.
 */
final class RemedyFacts {
    static final int MAX_DAYS = 365;
    private static final Instant LAST_DAY = Instant.parse("9999-12-31T00:00:00Z");

    static final FactKey<String> OPENED = new FactKey<>("opened", RemedyFacts::moment);
    static final FactKey<String> REGION = new FactKey<>("region", RemedyFacts::region);
    static final FactKey<CarrierStatus> TRACKING = new FactKey<>("tracking", v -> Coded.parse(CarrierStatus.class, v));
    static final FactKey<Integer> SHIPPED_DAYS = new FactKey<>("shipped-days", RemedyFacts::days);
    static final FactKey<Integer> SILENT_DAYS = new FactKey<>("silent-days", RemedyFacts::days);
    static final FactKey<BigDecimal> ITEM_COST = new FactKey<>("item-cost", RemedyFacts::cost);
    static final FactKey<BigDecimal> SHIPPING_COST = new FactKey<>("shipping-cost", RemedyFacts::cost);
    static final FactKey<Asked> ASKS = new FactKey<>("asks", RemedyFacts::asks);
    static final FactKey<Set<EvidenceKind>> EVIDENCE = new FactKey<>("evidence", RemedyFacts::evidence);

    /** Every fact, in the order /help lists them. */
    static final List<FactKey<?>> ALL = List.of(OPENED, REGION, TRACKING, SHIPPED_DAYS, SILENT_DAYS, ITEM_COST,
            SHIPPING_COST, ASKS, EVIDENCE);

    static final Param<FactValues> FACTS = Param.facts("facts", ALL.toArray(FactKey<?>[]::new));

    private RemedyFacts() {
    }

    /** What the buyer asks for; {@code amount} with a partial refund only. */
    record Asked(RequestKind kind, Optional<BigDecimal> amount) {
    }

    /**
     * A moment in one of the forms the intake reads ("2026-11-20T10:00", "2026-11-20 10:00", "2026-11-20" for its
     * start, "today", "now"), kept as given: where it falls depends on the team's zone and on now, which the
     * suggestion reads it against.
     */
    static Optional<String> moment(String v) {
        // read against the last day there is, so that only the form is checked here, not the future or the past
        return Moments.read(v, LAST_DAY, ZoneOffset.UTC).problem() == Moments.Problem.NOT_A_MOMENT
                ? Optional.empty() : Optional.of(v.strip());
    }

    /** Two letters, a country code ("TH"). */
    static Optional<String> region(String v) {
        return v.matches("[A-Za-z]{2}") ? Optional.of(v.toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    static Optional<Integer> days(String v) {
        if (!v.matches("[0-9]{1,3}")) {
            return Optional.empty();
        }
        int d = Integer.parseInt(v);
        return d <= MAX_DAYS ? Optional.of(d) : Optional.empty();
    }

    /** An amount in the order's currency, zero allowed. */
    static Optional<BigDecimal> cost(String v) {
        return MoneyParser.amount(v).filter(a -> a.signum() >= 0);
    }

    /** "full-refund", "return", "replacement", or "partial:10". */
    static Optional<Asked> asks(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("partial:")) {
            return MoneyParser.amount(lower.substring("partial:".length())).filter(a -> a.signum() > 0)
                    .map(a -> new Asked(RequestKind.PARTIAL_REFUND, Optional.of(a)));
        }
        return Coded.parse(RequestKind.class, lower).filter(k -> k != RequestKind.PARTIAL_REFUND)
                .map(k -> new Asked(k, Optional.empty()));
    }

    /** Evidence kinds separated by commas ("tracking,order-chat"). */
    static Optional<Set<EvidenceKind>> evidence(String v) {
        Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
        for (String code : v.split(",", -1)) {
            Optional<EvidenceKind> k = Coded.parse(EvidenceKind.class, code.strip());
            if (k.isEmpty()) {
                return Optional.empty();
            }
            kinds.add(k.get());
        }
        return Optional.of(Set.copyOf(kinds));
    }
}
