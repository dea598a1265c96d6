package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An offer the team recorded as sent to the buyer. The timeline is the only place it is kept, so this type owns
 * the wording of the OFFER_SENT line ("offer 2: partial-refund 15.00 USD") and reads it back.
 *
 * @param rank   the rung of the ladder it came from (1 = first)
 * @param kind   what was offered
 * @param amount its amount, when it has one
 */
public record SentOffer(int rank, OfferKind kind, Optional<Money> amount) {
    private static final Pattern LINE = Pattern.compile(
            "^offer (\\d+): ([a-z-]+)(?: ([0-9]+(?:\\.[0-9]+)?) ([A-Z]{3}))?.*", Pattern.DOTALL);

    /** The OFFER_SENT timeline text. */
    public String timelineText() {
        return "offer " + rank + ": " + kind.code() + amount.map(m -> " " + m).orElse("");
    }

    /** The offer an OFFER_SENT timeline text states, or empty when the text is not one. */
    public static Optional<SentOffer> parse(String timelineText) {
        Matcher m = LINE.matcher(timelineText);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<OfferKind> kind = Coded.parse(OfferKind.class, m.group(2));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<Money> amount = m.group(3) == null ? Optional.empty()
                : Optional.of(new Money(new BigDecimal(m.group(3)), Currency.getInstance(m.group(4))));
        return Optional.of(new SentOffer(Integer.parseInt(m.group(1)), kind.get(), amount));
    }
}
