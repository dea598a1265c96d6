package com.disputedesk.core.intake;

import com.disputedesk.core.dialog.Parsed;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.MoneyParser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers of the intake's typed answers. Each returns the typed value, or a rejection
 * (with a specific reason when one helps more than the step's retry prompt).
 */
final class IntakeParsers {
    static final int MAX_BUYER_LENGTH = 100;
    static final int MAX_DAYS = 365;
    /** Disputes older than this are a typo, not a case. */
    static final int MAX_AGE_DAYS = 365;

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern TRACKING = Pattern.compile("[A-Za-z0-9-]{4,40}");
    private static final Pattern DAYS_AGO = Pattern.compile("(\\d{1,4})\\s*(?:days?\\s+ago|天前)",
            Pattern.CASE_INSENSITIVE);

    private IntakeParsers() {
    }

    /** Free text of 1 to 100 characters, kept as typed (trimmed): it is the buyer's name, shown literally. */
    static Parsed<String> buyer(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.codePointCount(0, t.length()) > MAX_BUYER_LENGTH) {
            return Parsed.rejected();
        }
        return Parsed.ok(t);
    }

    /** Any ISO 639-1 code ("it"), lower case. */
    static Optional<String> languageCode(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.length() == 2 && ISO_LANGUAGES.contains(t) ? Optional.of(t) : Optional.empty();
    }

    /** A language by its code or its English or Chinese name ("Italian", "意大利文"). */
    static Parsed<String> language(String text) {
        Optional<String> code = languageCode(text);
        if (code.isPresent()) {
            return Parsed.ok(code.get());
        }
        String t = text.strip();
        for (String iso : ISO_LANGUAGES) {
            Locale l = Locale.forLanguageTag(iso);
            if (l.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(t)
                    || l.getDisplayLanguage(Locale.SIMPLIFIED_CHINESE).equals(t)) {
                return Parsed.ok(iso);
            }
        }
        return Parsed.rejected();
    }

    /** What the result of reading an amount was. */
    enum AmountProblem {
        NONE,
        NOT_AN_AMOUNT,
        NO_CURRENCY,
        OTHER_CURRENCY,
        NOT_POSITIVE,
        ABOVE_LIMIT
    }

    /** An amount read against rules, with the first rule it broke. */
    record AmountResult(Optional<Money> money, AmountProblem problem) {
    }

    /**
     * An amount with its currency, or in {@code currency} when the text names none; must be positive (or zero
     * when {@code zeroAllowed}), in {@code currency} when given, and not above {@code cap} when given.
     */
    static AmountResult amount(String text, Optional<Currency> currency, boolean zeroAllowed, Optional<Money> cap) {
        Optional<Money> money = MoneyParser.money(text, currency);
        if (money.isEmpty()) {
            // "25.90" or "25.90 XYZ": a number whose currency is missing or unknown
            if (MoneyParser.amount(text.replaceAll("[A-Za-z]{3}", "")).isPresent()) {
                return new AmountResult(Optional.empty(), AmountProblem.NO_CURRENCY);
            }
            return new AmountResult(Optional.empty(), AmountProblem.NOT_AN_AMOUNT);
        }
        Money m = money.get();
        if (currency.isPresent() && !m.currency().equals(currency.get())) {
            return new AmountResult(Optional.empty(), AmountProblem.OTHER_CURRENCY);
        }
        if (m.isNegative() || (!zeroAllowed && !m.isPositive())) {
            return new AmountResult(Optional.empty(), AmountProblem.NOT_POSITIVE);
        }
        if (cap.isPresent() && m.compareTo(cap.get()) > 0) {
            return new AmountResult(Optional.empty(), AmountProblem.ABOVE_LIMIT);
        }
        return new AmountResult(money, AmountProblem.NONE);
    }

    /** A tracking number: 4 to 40 letters, digits or dashes, spaces removed, upper case. */
    static Parsed<String> tracking(String text) {
        String t = text.strip().replace(" ", "");
        if (!TRACKING.matcher(t).matches()) {
            return Parsed.rejected();
        }
        return Parsed.ok(t.toUpperCase(Locale.ROOT));
    }

    /** Whole days from 0 to 365. */
    static Parsed<Integer> days(String text) {
        String t = text.strip();
        if (!t.matches("[0-9]{1,4}")) {
            return Parsed.rejected();
        }
        int d = Integer.parseInt(t);
        return d <= MAX_DAYS ? Parsed.ok(d) : Parsed.rejected();
    }

    /** What reading a date found. */
    enum DateProblem {
        NONE,
        NOT_A_DATE,
        FUTURE,
        TOO_OLD
    }

    /** A date read against today, with the rule it broke. */
    record DateResult(Optional<LocalDate> date, DateProblem problem) {
    }

    /** "today", "yesterday", "YYYY-MM-DD", "3 days ago" (and the Chinese words), not future, not too old. */
    static DateResult date(String text, LocalDate today) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        LocalDate d;
        Matcher ago = DAYS_AGO.matcher(t);
        if (t.equals("today") || t.equals("今天")) {
            d = today;
        } else if (t.equals("yesterday") || t.equals("昨天")) {
            d = today.minusDays(1);
        } else if (ago.matches()) {
            d = today.minusDays(Integer.parseInt(ago.group(1)));
        } else {
            try {
                d = LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                return new DateResult(Optional.empty(), DateProblem.NOT_A_DATE);
            }
        }
        if (d.isAfter(today)) {
            return new DateResult(Optional.empty(), DateProblem.FUTURE);
        }
        if (d.isBefore(today.minusDays(MAX_AGE_DAYS))) {
            return new DateResult(Optional.empty(), DateProblem.TOO_OLD);
        }
        return new DateResult(Optional.of(d), DateProblem.NONE);
    }
}
