package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.i18n.LocalText;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One entry of marketplaces: its id, name and order-id pattern, its clocks ({@link ClocksCompiler}: a list, or
 * the response-window shorthand with what happens when it is missed), its holidays and its offer policy.
 */
final class MarketplaceCompiler extends PlaybookSection {
    private final LocalTextCompiler texts;
    private final ClocksCompiler clocksCompiler;

    MarketplaceCompiler(Path file) {
        super(file);
        this.texts = new LocalTextCompiler(file);
        this.clocksCompiler = new ClocksCompiler(file);
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
        Set<LocalDate> holidays = holidays(path + ".holidays", m.holidays());
        List<ClockRule> clocks = clocksCompiler.clocks(path, m, holidays);
        if (!holidays.isEmpty() && !ClocksCompiler.countsBusinessDays(clocks)) {
            throw problem(path + ".holidays", m.responseWindow() == null
                    ? "holidays only apply to windows in business days (like \"3 business days\"), and no clock"
                    + " of this marketplace counts business days"
                    : "holidays only apply to a window in business days (like \"3 business days\"), this window is"
                    + " calendar time: '" + m.responseWindow().trim() + "'");
        }
        // the marketplace's first clock the opening starts stands for its single response window
        ClockRule respond = clocks.stream().filter(r -> r.starts().contains(ClockEvent.OPENED)).findFirst()
                .orElseThrow();
        boolean businessDays = respond.window() instanceof ClockWindow.Business;
        Duration window = respond.window() instanceof ClockWindow.Business b ? Duration.ofDays(b.days())
                : ((ClockWindow.Calendar) respond.window()).length();
        LocalText onMissed = respond.onMissed();
        boolean verified = m.clocks() == null || m.clocks().isEmpty() ? m.verified() != null && m.verified()
                : respond.verified();
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
        return new Marketplace(id, name, pattern, hint, window, onMissed, verified,
                policy.partialRefunds() == null || policy.partialRefunds(),
                policy.coupons() == null || policy.coupons(), forbidden, businessDays,
                businessDays ? holidays : Set.of(), thresholds(path + ".thresholds", m.thresholds()));
    }

    /** The rates the marketplace holds sellers to: each measure once, a limit above 0 and at most 100 percent. */
    private List<Threshold> thresholds(String path, List<Raw.ThresholdEntry> entries) {
        if (entries == null) {
            return List.of();
        }
        List<Threshold> out = new java.util.ArrayList<>();
        Set<Threshold.Measure> seen = EnumSet.noneOf(Threshold.Measure.class);
        for (int i = 0; i < entries.size(); i++) {
            String at = path + "[" + i + "]";
            Raw.ThresholdEntry t = entries.get(i);
            Threshold.Measure measure = code(at + ".measure", "measure", Threshold.Measure.class, t.measure());
            if (!seen.add(measure)) {
                throw problem(at + ".measure", "'" + measure.code() + "' is given twice");
            }
            if (t.maxPercent() == null || t.maxPercent().signum() <= 0
                    || t.maxPercent().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                throw problem(at + ".max-percent", "expected a percentage above 0 and at most 100, e.g. 2 or 1.5, got "
                        + (t.maxPercent() == null ? "nothing" : t.maxPercent().toPlainString()));
            }
            if (t.verified() == null) {
                throw problem(at + ".verified", "missing: true when a public source confirms the limit, else false");
            }
            out.add(new Threshold(measure, t.maxPercent(), t.verified()));
        }
        return out;
    }

    /** The days a business-day window skips; a day listed twice counts once. */
    private Set<LocalDate> holidays(String path, List<String> dates) {
        if (dates == null || dates.isEmpty()) {
            return Set.of();
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

    /** The clocks of entry {@code m} at {@code path}, its holidays skipped by business-day windows. */
    List<ClockRule> clocks(String path, Raw.MarketplaceEntry m) {
        return clocksCompiler.clocks(path, m, holidays(path + ".holidays", m.holidays()));
    }
}
