package com.disputedesk.core.kernel;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads amounts as members type them: "12.5", "12,50", "12.50 usd", "USD 12.50". */
public final class MoneyParser {
    private static final Pattern AMOUNT_FIRST = Pattern.compile("^([0-9]+(?:[.,][0-9]{1,2})?)\\s*([A-Za-z]{3})?$");
    private static final Pattern CODE_FIRST = Pattern.compile("^([A-Za-z]{3})\\s*([0-9]+(?:[.,][0-9]{1,2})?)$");

    private MoneyParser() {
    }

    /** A non-negative decimal amount, or empty when the text is not one. */
    public static Optional<BigDecimal> amount(String text) {
        String t = text.trim();
        if (!t.matches("[0-9]+(?:[.,][0-9]{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t.replace(',', '.')));
    }

    /** An ISO 4217 currency code, or empty. */
    public static Optional<Currency> currency(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(c));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /**
     * An amount with an optional currency code; {@code fallback} is used when the text names none.
     * Empty when the text is not an amount or names an unknown currency.
     */
    public static Optional<Money> money(String text, Optional<Currency> fallback) {
        String t = text.trim();
        Matcher m = AMOUNT_FIRST.matcher(t);
        String number;
        String code;
        if (m.matches()) {
            number = m.group(1);
            code = m.group(2);
        } else {
            m = CODE_FIRST.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
            code = m.group(1);
            number = m.group(2);
        }
        Optional<Currency> currency = code == null ? fallback : currency(code);
        return currency.map(c -> new Money(new BigDecimal(number.replace(',', '.')), c));
    }
}
