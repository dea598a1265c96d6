package com.disputedesk.core.bot;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * An amount as typed ("12.50", "12.50 USD", "12,5usd"): the currency is empty when none was given, and the
 * command decides what that means (the case's currency, an assumed one).
 */
public record Amount(BigDecimal value, Optional<Currency> currency) {
}
