package com.disputedesk.core.kernel;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts as members type them: "12.5", "12,50", "12.50 usd", "USD 12.50".
 *
 * <p>Bounded: at most {@link #MAX_WHOLE_DIGITS} digits before the decimal point (a fixed, generous ceiling of
 * 999,999,999,999 in any currency), no more decimals than the currency's minor unit (30.5 JPY is refused, never
 * rounded), and only currencies in circulation (see {@link ActiveCurrencies}: XXX, XTS, XAU and the like are
 * refused).
 */
public final class MoneyParser {
    /** The most digits an amount may have before its decimal point. */
    public static final int MAX_WHOLE_DIGITS = 12;

    private static final String NUMBER = "([0-9]+)(?:[.,]([0-9]+))?";
    private static final Pattern AMOUNT_FIRST = Pattern.compile("^" + NUMBER + "\\s*([A-Za-z]{3})?$");
    private static final Pattern CODE_FIRST = Pattern.compile("^([A-Za-z]{3})\\s*" + NUMBER + "$");
    private static final Pattern PLAIN = Pattern.compile(NUMBER);
    private static final int MAX_PLAIN_DECIMALS = 2;

    private MoneyParser() {
    }

    /**
     * A non-negative decimal amount of at most {@link #MAX_WHOLE_DIGITS} whole digits and two decimals, or empty
     * when the text is not one.
     */
    public static Optional<BigDecimal> amount(String text) {
        Matcher m = PLAIN.matcher(text.trim());
        if (!m.matches() || tooLarge(m.group(1))
                || (m.group(2) != null && m.group(2).length() > MAX_PLAIN_DECIMALS)) {
            return Optional.empty();
        }
        return Optional.of(decimal(m.group(1), m.group(2)));
    }

    /** The ISO 4217 currency of {@code code} when it is money in circulation, or empty. */
    public static Optional<Currency> currency(String code) {
        String c = code.trim();
        return c.matches("[A-Za-z]{3}") ? ActiveCurrencies.of(c) : Optional.empty();
    }

    /**
     * An amount with an optional currency code; {@code fallback} is used when the text names none.
     * Empty when {@link #read} refuses it.
     */
    public static Optional<Money> money(String text, Optional<Currency> fallback) {
        return read(text, fallback) instanceof MoneyReading.Read r ? Optional.of(r.money()) : Optional.empty();
    }

    /** An amount with an optional currency code ({@code fallback} when the text names none), or why not. */
    public static MoneyReading read(String text, Optional<Currency> fallback) {
        String t = text.trim();
        String whole;
        String fraction;
        String code;
        Matcher m = AMOUNT_FIRST.matcher(t);
        if (m.matches()) {
            whole = m.group(1);
            fraction = m.group(2);
            code = m.group(3);
        } else {
            m = CODE_FIRST.matcher(t);
            if (!m.matches()) {
                return refused(MoneyReading.Problem.NOT_AN_AMOUNT, Optional.empty());
            }
            code = m.group(1);
            whole = m.group(2);
            fraction = m.group(3);
        }
        if (tooLarge(whole)) {
            return refused(MoneyReading.Problem.TOO_LARGE, Optional.empty());
        }
        Optional<Currency> currency = code == null ? fallback : currency(code);
        if (currency.isEmpty()) {
            return refused(code == null ? MoneyReading.Problem.NO_CURRENCY
                    : known(code) ? MoneyReading.Problem.NOT_A_CURRENCY : MoneyReading.Problem.UNKNOWN_CURRENCY,
                    Optional.empty());
        }
        if (fraction != null && fraction.length() > Math.max(currency.get().getDefaultFractionDigits(), 0)) {
            return refused(MoneyReading.Problem.TOO_PRECISE, currency);
        }
        return new MoneyReading.Read(new Money(decimal(whole, fraction), currency.get()));
    }

    private static boolean tooLarge(String whole) {
        int firstNonZero = 0;
        while (firstNonZero < whole.length() - 1 && whole.charAt(firstNonZero) == '0') {
            firstNonZero++;
        }
        return whole.length() - firstNonZero > MAX_WHOLE_DIGITS;
    }

    private static BigDecimal decimal(String whole, String fraction) {
        return new BigDecimal(fraction == null ? whole : whole + "." + fraction);
    }

    /** Whether the runtime knows {@code code} as an ISO 4217 code at all (in circulation or not). */
    private static boolean known(String code) {
        try {
            Currency.getInstance(code.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static MoneyReading refused(MoneyReading.Problem problem, Optional<Currency> currency) {
        return new MoneyReading.Refused(problem, currency);
    }
}
