package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Amount;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.kernel.AmountCeilings;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.MoneyParser;
import com.disputedesk.core.kernel.MoneyReading;
import com.disputedesk.core.kernel.UiLanguage;
import java.util.Currency;
import java.util.Optional;

/**
 * Reads an amount a command was given for a case (/close, a buyer's counter) against the facts every amount must
 * respect: the case's currency, that currency's minor unit (30.5 JPY is refused, never rounded to 31), and the
 * ceiling for the currency (an amount above both the ceiling and the case's own order amount is a typo).
 * A refusal carries its reason in the team's language; the command then stores nothing.
 */
final class CaseAmounts {
    private final AmountCeilings ceilings;
    private final Texts texts;

    CaseAmounts(AmountCeilings ceilings, Texts texts) {
        this.ceilings = ceilings;
        this.texts = texts;
    }

    /** What a typed amount is for a case: money in its currency, or why not. */
    sealed interface Checked permits Ok, Refused {
    }

    /** The amount, exactly as typed, in the case's currency. */
    record Ok(Money money) implements Checked {
    }

    /** Not usable; {@code why} says why, in the team's language. */
    record Refused(String why) implements Checked {
    }

    /** A parsed command amount ({@code typed} as the member wrote it, for quoting). */
    Checked check(Amount amount, String typed, DisputeCase c, UiLanguage lang) {
        Currency currency = c.facts().orderAmount().currency();
        if (amount.currency().isPresent() && !amount.currency().get().equals(currency)) {
            return new Refused(texts.get(lang, "amount.why.currency", typed, Kit.ref(c), currency.getCurrencyCode()));
        }
        if (amount.value().stripTrailingZeros().scale() > minorDigits(currency)) {
            return new Refused(precision(lang, typed, currency));
        }
        return bounded(new Money(amount.value(), currency), c, lang);
    }

    /**
     * Words a command could not read as an amount, read again in the case's currency to say what exactly is
     * wrong; empty when they are no amount at all.
     */
    Optional<String> whyNot(String typed, DisputeCase c, UiLanguage lang) {
        Currency currency = c.facts().orderAmount().currency();
        MoneyReading reading = MoneyParser.read(typed, Optional.of(currency));
        if (reading instanceof MoneyReading.Read read) {
            Checked checked = check(new Amount(read.money().amount(), Optional.of(read.money().currency())), typed,
                    c, lang);
            return checked instanceof Refused r ? Optional.of(r.why()) : Optional.empty();
        }
        return whyRefused((MoneyReading.Refused) reading, typed, currency, lang);
    }

    /**
     * Words a command with no case (/remedy) could not read as an amount, read again (in {@code assumed} when they
     * name no currency) to say what exactly is wrong; empty when they are no amount at all.
     */
    Optional<String> whyNot(String typed, Currency assumed, UiLanguage lang) {
        MoneyReading reading = MoneyParser.read(typed, Optional.of(assumed));
        return reading instanceof MoneyReading.Refused refused ? whyRefused(refused, typed, assumed, lang)
                : Optional.empty();
    }

    private Optional<String> whyRefused(MoneyReading.Refused refused, String typed, Currency currency,
                                        UiLanguage lang) {
        switch (refused.problem()) {
            case TOO_PRECISE:
                return Optional.of(precision(lang, typed, refused.currency().orElse(currency)));
            case TOO_LARGE:
                return Optional.of(texts.get(lang, "amount.why.large", typed, MoneyParser.MAX_WHOLE_DIGITS));
            case NOT_A_CURRENCY:
                return Optional.of(texts.get(lang, "amount.why.notMoney", typed));
            default:
                return Optional.empty();
        }
    }

    /** An amount in the case's currency checked against the ceiling (above the order amount only if the case is). */
    Checked bounded(Money m, DisputeCase c, UiLanguage lang) {
        Money order = c.facts().orderAmount();
        if (ceilings.above(m) && m.compareTo(order) > 0) {
            return new Refused(texts.get(lang, "amount.why.ceiling", m.toString(),
                    ceilings.of(m.currency()).toString(), m.currency().getCurrencyCode()));
        }
        return new Ok(m);
    }

    /** Why an amount given with no case (/remedy) is refused: above its currency's ceiling; else empty. */
    Optional<String> aboveCeiling(Money m, UiLanguage lang) {
        return ceilings.above(m) ? Optional.of(texts.get(lang, "amount.why.ceiling.any", m.toString(),
                ceilings.of(m.currency()).toString(), m.currency().getCurrencyCode())) : Optional.empty();
    }

    private String precision(UiLanguage lang, String typed, Currency currency) {
        int digits = minorDigits(currency);
        return digits == 0 ? texts.get(lang, "amount.why.whole", typed, currency.getCurrencyCode())
                : texts.get(lang, "amount.why.decimals", typed, currency.getCurrencyCode(), digits);
    }

    private static int minorDigits(Currency c) {
        return Math.max(c.getDefaultFractionDigits(), 0);
    }
}
