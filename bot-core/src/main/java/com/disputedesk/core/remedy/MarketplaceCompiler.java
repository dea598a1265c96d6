package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.i18n.LocalText;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One entry of marketplaces: its id, name and order-id pattern, its response window ("P5D", "PT48H", "5d",
 * "48 hours" or "3 business days"), what happens when the deadline is missed, and its offer policy.
 */
final class MarketplaceCompiler extends PlaybookSection {
    private static final Pattern BUSINESS_DAYS =
            Pattern.compile("(\\d+)\\s*(bd|business days?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_WINDOW =
            Pattern.compile("(\\d+)\\s*(d|day|days|h|hour|hours)", Pattern.CASE_INSENSITIVE);

    private final LocalTextCompiler texts;

    MarketplaceCompiler(Path file) {
        super(file);
        this.texts = new LocalTextCompiler(file);
    }

    Marketplace marketplace(String path, Raw.MarketplaceEntry m) {
        String id = text(path + ".id", m.id());
        if (!ID.matcher(id).matches()) {
            throw problem(path + ".id", "use lower-case letters, digits and '-', got '" + id + "'");
        }
        String name = text(path + ".name", m.name());
        if (m.orderId() == null) {
            throw problem(path + ".order-id", "missing (pattern and hint)");
        }
        String regex = text(path + ".order-id.pattern", m.orderId().pattern());
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw problem(path + ".order-id.pattern", "not a valid regular expression: " + e.getDescription());
        }
        LocalText hint = texts.text(path + ".order-id.hint", m.orderId().hint());
        String windowText = text(path + ".response-window", m.responseWindow());
        Matcher business = BUSINESS_DAYS.matcher(windowText.trim());
        boolean businessDays = business.matches();
        Duration window = businessDays ? Duration.ofDays(Long.parseLong(business.group(1)))
                : window(path + ".response-window", windowText);
        if (window.isZero()) {
            throw problem(path + ".response-window", "must be longer than zero, got '" + windowText + "'");
        }
        LocalText onMissed = texts.text(path + ".on-missed-deadline", m.onMissedDeadline());
        boolean verified = m.verified() != null && m.verified();
        Raw.Policy policy = m.policy() == null ? new Raw.Policy(null, null, null, null) : m.policy();
        Set<OfferKind> forbidden = EnumSet.noneOf(OfferKind.class);
        List<String> forbiddenCodes = policy.forbiddenOffers() == null ? List.of() : policy.forbiddenOffers();
        for (int i = 0; i < forbiddenCodes.size(); i++) {
            String at = path + ".policy.forbidden-offers[" + i + "]";
            OfferKind kind = code(at, "offer kind", OfferKind.class, forbiddenCodes.get(i));
            if (kind == OfferKind.FULL_REFUND) {
                throw problem(at, "full-refund cannot be forbidden: it is every ladder's last resort");
            }
            forbidden.add(kind);
        }
        Set<LocalDate> holidays = holidays(path + ".holidays", m.holidays(), businessDays, windowText);
        return new Marketplace(id, name, pattern, hint, window, onMissed, verified,
                policy.partialRefunds() == null || policy.partialRefunds(),
                policy.coupons() == null || policy.coupons(), forbidden, businessDays, holidays);
    }

    /** The days a business-day window skips; a day listed twice counts once. */
    private Set<LocalDate> holidays(String path, List<String> dates, boolean businessDays, String windowText) {
        if (dates == null || dates.isEmpty()) {
            return Set.of();
        }
        if (!businessDays) {
            throw problem(path, "holidays only apply to a window in business days (like \"3 business days\"),"
                    + " this window is calendar time: '" + windowText + "'");
        }
        Set<LocalDate> days = new TreeSet<>();
        for (int i = 0; i < dates.size(); i++) {
            String at = path + "[" + i + "]";
            String date = text(at, dates.get(i));
            try {
                days.add(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw problem(at, "expected a date as YYYY-MM-DD, e.g. 2026-12-25, got '" + date + "'");
            }
        }
        return days;
    }

    /** "P5D", "PT48H", "5d", "48 hours". */
    private Duration window(String path, String text) {
        Duration window;
        Matcher m = SHORT_WINDOW.matcher(text.trim());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            window = m.group(2).toLowerCase(Locale.ROOT).startsWith("d") ? Duration.ofDays(n) : Duration.ofHours(n);
        } else {
            try {
                window = Duration.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw problem(path, "expected an ISO-8601 duration like P5D or PT48H (or 5d / 48h / 3 business days), got '"
                        + text + "'");
            }
        }
        if (window.isNegative() || window.isZero()) {
            throw problem(path, "must be longer than zero, got '" + text + "'");
        }
        return window;
    }
}
