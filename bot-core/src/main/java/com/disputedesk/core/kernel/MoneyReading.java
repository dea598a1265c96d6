package com.disputedesk.core.kernel;

import java.util.Currency;
import java.util.Optional;

/** What {@link MoneyParser#read} made of typed text: an amount, or why it is not one. */
public sealed interface MoneyReading permits MoneyReading.Read, MoneyReading.Refused {

    /** An amount in an active currency, exactly as typed (never rounded). */
    record Read(Money money) implements MoneyReading {
    }

    /**
     * Not an amount.
     *
     * @param problem  what was wrong
     * @param currency the currency named or assumed, when one was (for {@link Problem#TOO_PRECISE})
     */
    record Refused(Problem problem, Optional<Currency> currency) implements MoneyReading {
    }

    /** Why text is not an amount. */
    enum Problem {
        /** Not a number with an optional three-letter code. */
        NOT_AN_AMOUNT,
        /** A number, but no currency named and none assumed. */
        NO_CURRENCY,
        /** Three letters that are no ISO 4217 code. */
        UNKNOWN_CURRENCY,
        /** An ISO 4217 code that is not money in circulation: XXX, XTS, XAU, a fund code, a withdrawn code. */
        NOT_A_CURRENCY,
        /** More than {@link MoneyParser#MAX_WHOLE_DIGITS} digits before the decimal point. */
        TOO_LARGE,
        /** More decimals than the currency's minor unit has (30.5 JPY, 1.234 USD). */
        TOO_PRECISE
    }
}
