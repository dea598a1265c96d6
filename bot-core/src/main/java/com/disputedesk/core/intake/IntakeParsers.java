package com.disputedesk.core.intake;

import com.disputedesk.core.dialog.Parsed;
import com.disputedesk.core.kernel.Moments;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.MoneyParser;
import com.disputedesk.core.kernel.MoneyReading;
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
    static final int MAX_AGE_DAYS = Moments.MAX_AGE_DAYS;

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    static final int MAX_TRACKING_LENGTH = 40;
    static final int MAX_TRACKING_SEPARATORS = 4;
    private static final Pattern TRACKING = Pattern.compile("(?=.{4,40}$)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*");
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

    /**
     * Any ISO 639-1 code ("it"), lower case, in its current form: a deprecated code Java's {@link Locale} knows
     * is replaced by its successor (iw -> he, in -> id, ji -> yi).
     */
    static Optional<String> languageCode(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (!t.matches("[a-z]{2}")) {
            return Optional.empty();
        }
        String current = Locale.forLanguageTag(t).getLanguage();
        return ISO_LANGUAGES.contains(current) ? Optional.of(current) : Optional.empty();
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
                return Parsed.ok(l.getLanguage());
            }
        }
        return Parsed.rejected();
    }

    /** What the result of reading an amount was. */
    enum AmountProblem {
        NONE,
        NOT_AN_AMOUNT,
        NO_CURRENCY,
        NOT_A_CURRENCY,
        TOO_LARGE,
        TOO_PRECISE,
        OTHER_CURRENCY,
        NOT_POSITIVE,
        ABOVE_LIMIT
    }

    /**
     * An amount read against rules, with the first rule it broke; {@code currency} is the currency the text
     * named or was read in, when the problem is about its minor unit.
     */
    record AmountResult(Optional<Money> money, AmountProblem problem, Optional<Currency> currency) {
        AmountResult(Optional<Money> money, AmountProblem problem) {
            this(money, problem, Optional.empty());
        }
    }

    /**
     * An amount with its currency, or in {@code currency} when the text names none; must be positive (or zero
     * when {@code zeroAllowed}), in {@code currency} when given, and not above {@code cap} when given. The
     * bounds of every amount (digits, decimals, currencies in circulation) are {@link MoneyParser}'s.
     */
    static AmountResult amount(String text, Optional<Currency> currency, boolean zeroAllowed, Optional<Money> cap) {
        MoneyReading reading = MoneyParser.read(text, currency);
        if (reading instanceof MoneyReading.Refused refused) {
            return new AmountResult(Optional.empty(), switch (refused.problem()) {
                case NOT_AN_AMOUNT -> AmountProblem.NOT_AN_AMOUNT;
                case NO_CURRENCY, UNKNOWN_CURRENCY -> AmountProblem.NO_CURRENCY;
                case NOT_A_CURRENCY -> AmountProblem.NOT_A_CURRENCY;
                case TOO_LARGE -> AmountProblem.TOO_LARGE;
                case TOO_PRECISE -> AmountProblem.TOO_PRECISE;
            }, refused.currency());
        }
        Money m = ((MoneyReading.Read) reading).money();
        if (currency.isPresent() && !m.currency().equals(currency.get())) {
            return new AmountResult(Optional.empty(), AmountProblem.OTHER_CURRENCY);
        }
        if (m.isNegative() || (!zeroAllowed && !m.isPositive())) {
            return new AmountResult(Optional.empty(), AmountProblem.NOT_POSITIVE);
        }
        if (cap.isPresent() && m.compareTo(cap.get()) > 0) {
            return new AmountResult(Optional.empty(), AmountProblem.ABOVE_LIMIT);
        }
        return new AmountResult(Optional.of(m), AmountProblem.NONE);
    }

    /**
     * A tracking number: 4 to 40 letters and digits, spaces removed, upper case, with at most
     * {@value #MAX_TRACKING_SEPARATORS} single dashes between them ("LP00-1234", not "----" nor "-AB").
     */
    static Parsed<String> tracking(String text) {
        String t = text.strip().replace(" ", "");
        if (!TRACKING.matcher(t).matches() || t.chars().filter(c -> c == '-').count() > MAX_TRACKING_SEPARATORS) {
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
