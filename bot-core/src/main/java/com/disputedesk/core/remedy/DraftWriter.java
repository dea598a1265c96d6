package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.kernel.Money;
import java.text.NumberFormat;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Puts a buyer message together from a language's template pieces: greeting, apology and the order facts,
 * the first offer, then a second option and "which do you prefer?", or "does this suit you?", or (for an
 * offer that only shares information) a follow-up line; then the closing. A placeholder without a value
 * stays visible ("{order}") for the team to fill in.
 */
final class DraftWriter {
    /** Offers that share information or help rather than settle. */
    private static final Set<OfferKind> INFORMATIONAL = EnumSet.of(OfferKind.SHARE_PROOF, OfferKind.ASK_TO_WAIT,
            OfferKind.CARRIER_INQUIRY, OfferKind.CUSTOMS_HELP, OfferKind.TROUBLESHOOT);
    /** Never put forward as the second option: the seller steers toward keeping the order. */
    private static final Set<OfferKind> NOT_AN_ALTERNATIVE =
            EnumSet.of(OfferKind.FULL_REFUND, OfferKind.RETURN_AND_REFUND);

    /**
     * What is known for the placeholders.
     *
     * @param buyer        the buyer's name; empty: the nameless greeting, or "{buyer}" when {@code visible}
     * @param order        the order id
     * @param tracking     the tracking number
     * @param orderAmount  what the buyer paid
     * @param trackingLine whether to state the tracking number
     * @param visible      true for a template: unknown values stay as placeholders, greeting included
     */
    record Fill(Optional<String> buyer, Optional<String> order, Optional<String> tracking,
                Optional<Money> orderAmount, boolean trackingLine, boolean visible) {
    }

    private DraftWriter() {
    }

    static String write(TemplateSet t, String language, List<Offer> offers, Fill fill) {
        Map<String, String> values = new HashMap<>();
        fill.buyer().ifPresent(v -> values.put("buyer", v));
        fill.order().ifPresent(v -> values.put("order", v));
        fill.tracking().ifPresent(v -> values.put("tracking", v));
        fill.orderAmount().ifPresent(v -> values.put("order-amount", format(v, language)));

        StringBuilder out = new StringBuilder();
        boolean named = fill.buyer().isPresent() || fill.visible();
        out.append(fillIn(named ? t.greeting() : t.greetingNoName(), values)).append("\n\n");
        out.append(fillIn(t.apology(), values));
        if (fill.trackingLine()) {
            out.append(' ').append(fillIn(t.tracking(), values));
        }
        Offer first = offers.get(0);
        out.append("\n\n").append(paragraph(t, language, first, values, fill));
        if (INFORMATIONAL.contains(first.kind())) {
            if (offers.size() > 1 && INFORMATIONAL.contains(offers.get(1).kind())
                    && offers.get(1).kind() != first.kind()) {
                out.append("\n\n").append(paragraph(t, language, offers.get(1), values, fill));
            }
            out.append("\n\n").append(t.followUp());
        } else {
            Optional<Offer> alternative = offers.stream().skip(1)
                    .filter(o -> o.kind() != first.kind() && !INFORMATIONAL.contains(o.kind())
                            && !NOT_AN_ALTERNATIVE.contains(o.kind()))
                    .findFirst();
            if (alternative.isPresent()) {
                out.append("\n\n").append(t.alternative()).append('\n')
                        .append(paragraph(t, language, alternative.get(), values, fill))
                        .append("\n\n").append(t.question());
            } else {
                out.append("\n\n").append(t.agree());
            }
        }
        out.append("\n\n").append(t.closing());
        return out.toString();
    }

    private static String paragraph(TemplateSet t, String language, Offer offer, Map<String, String> common,
                                    Fill fill) {
        Map<String, String> values = new HashMap<>(common);
        offer.amount().ifPresent(a -> values.put("amount", format(a, language)));
        if (offer.amount().isPresent() && fill.orderAmount().isPresent()) {
            Money net = fill.orderAmount().get().minus(offer.amount().get());
            values.put("net", format(net, language));
        }
        values.put("breakdown", fillIn(t.breakdown(), values));
        return fillIn(t.offers().get(offer.kind()), values);
    }

    /** Replaces known placeholders in one pass, so a value that looks like a placeholder stays as typed. */
    static String fillIn(String template, Map<String, String> values) {
        Matcher m = TemplateCompiler.PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "12,50 EUR" for German, "12.50 EUR" for English: the buyer's number format, the ISO currency code. */
    static String format(Money money, String language) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag(language));
        int digits = Math.max(money.currency().getDefaultFractionDigits(), 0);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(money.amount()) + " " + money.currency().getCurrencyCode();
    }
}
