package com.disputedesk.core.kernel;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The usual largest order amount per currency (config/disputedesk.yml, {@code amounts.ceiling}): one default in
 * units of any currency, and overrides for currencies whose unit is small (a yen, a won, a dong). An order amount
 * above its ceiling is questioned, not refused: the intake asks the member to type it again; commands that take an
 * amount refuse one above both the ceiling and the case's own order amount.
 *
 * <p>This is a plausibility bound, set by the operator. The hard bound every amount has is {@link MoneyParser}'s
 * (12 digits before the decimal point).
 *
 * @param anyCurrency the ceiling of a currency with no override, in that currency's units
 * @param byCurrency  the overrides, by ISO 4217 code
 */
public record AmountCeilings(BigDecimal anyCurrency, Map<String, BigDecimal> byCurrency) {

    public AmountCeilings {
        Objects.requireNonNull(anyCurrency, "anyCurrency");
        requirePositive(anyCurrency, "the default ceiling");
        TreeMap<String, BigDecimal> copy = new TreeMap<>();
        byCurrency.forEach((code, ceiling) -> {
            if (MoneyParser.currency(code).isEmpty()) {
                throw new IllegalArgumentException(code + " is not a currency in circulation");
            }
            requirePositive(ceiling, "the ceiling of " + code);
            copy.put(code.toUpperCase(java.util.Locale.ROOT), ceiling);
        });
        byCurrency = Map.copyOf(copy);
    }

    /**
     * The shipped defaults (the same as config/disputedesk.yml): 100,000 in any currency, more where a unit is
     * worth little (JPY 15,000,000; KRW 130,000,000; IDR, VND and others to match about 100,000 USD).
     */
    public static AmountCeilings standard() {
        return new AmountCeilings(new BigDecimal("100000"), Map.ofEntries(
                Map.entry("JPY", new BigDecimal("15000000")),
                Map.entry("KRW", new BigDecimal("130000000")),
                Map.entry("CNY", new BigDecimal("700000")),
                Map.entry("HKD", new BigDecimal("800000")),
                Map.entry("INR", new BigDecimal("8500000")),
                Map.entry("IDR", new BigDecimal("1600000000")),
                Map.entry("VND", new BigDecimal("2500000000")),
                Map.entry("HUF", new BigDecimal("36000000")),
                Map.entry("CLP", new BigDecimal("95000000")),
                Map.entry("COP", new BigDecimal("400000000")),
                Map.entry("MXN", new BigDecimal("2000000")),
                Map.entry("THB", new BigDecimal("3500000")),
                Map.entry("PHP", new BigDecimal("5800000")),
                Map.entry("TRY", new BigDecimal("4000000")),
                Map.entry("RUB", new BigDecimal("9000000")),
                Map.entry("UAH", new BigDecimal("4000000")),
                Map.entry("CZK", new BigDecimal("2300000")),
                Map.entry("PLN", new BigDecimal("400000")),
                Map.entry("RON", new BigDecimal("450000")),
                Map.entry("BRL", new BigDecimal("550000")),
                Map.entry("ARS", new BigDecimal("100000000"))));
    }

    /** The ceiling of {@code currency}, as money in it. */
    public Money of(Currency currency) {
        return new Money(byCurrency.getOrDefault(currency.getCurrencyCode(), anyCurrency), currency);
    }

    /** Whether {@code amount} is above its currency's ceiling. */
    public boolean above(Money amount) {
        return amount.compareTo(of(amount.currency())) > 0;
    }

    private static void requirePositive(BigDecimal v, String what) {
        if (v.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be more than zero, got " + v.toPlainString());
        }
    }
}
