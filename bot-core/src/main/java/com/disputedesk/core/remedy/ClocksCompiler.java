package com.disputedesk.core.remedy;

import com.disputedesk.core.i18n.LocalText;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A marketplace's clocks: its {@code clocks:} list, or the {@code response-window} shorthand for one "respond"
 * clock that the opening starts and an offer or a reply stops (how playbooks were written before clocks).
 */
final class ClocksCompiler extends PlaybookSection {
    private static final Pattern BUSINESS_DAYS =
            Pattern.compile("(\\d+)\\s*(bd|business days?|working days?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_WINDOW =
            Pattern.compile("(\\d+)\\s*(d|day|days|h|hour|hours)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final LocalText RESPOND = new LocalText(Map.of("en", "answer the buyer's request",
            "zh", "答复买家的申请"));

    private final LocalTextCompiler texts;

    ClocksCompiler(Path file) {
        super(file);
        this.texts = new LocalTextCompiler(file);
    }

    /**
     * The clocks of marketplace entry {@code m} at {@code path}; business-day windows skip {@code holidays}.
     * At least one is started by the opening: the deadline a new case shows.
     */
    List<ClockRule> clocks(String path, Raw.MarketplaceEntry m, Set<LocalDate> holidays) {
        boolean verified = m.verified() != null && m.verified();
        if (m.clocks() == null || m.clocks().isEmpty()) {
            if (m.responseWindow() == null) {
                throw problem(path + ".clocks", "missing: list the marketplace's clocks (or give a response-window)");
            }
            ClockWindow window = window(path + ".response-window", m.responseWindow(), holidays,
                    ClockWindow.Counting.WHOLE_DAYS);
            return List.of(new ClockRule("respond", RESPOND, window, Map.of(), Set.of(ClockEvent.OPENED),
                    Set.of(ClockEvent.OFFER_SENT, ClockEvent.BUYER_REPLIED),
                    texts.text(path + ".on-missed-deadline", m.onMissedDeadline()), verified));
        }
        if (m.responseWindow() != null) {
            throw problem(path + ".response-window", "give either clocks or response-window, not both"
                    + " (response-window is the shorthand for one 'respond' clock)");
        }
        if (m.onMissedDeadline() != null) {
            throw problem(path + ".on-missed-deadline", "with clocks, each clock says what happens when it is"
                    + " missed (on-missed)");
        }
        if (m.verified() != null) {
            throw problem(path + ".verified", "with clocks, each clock says whether it is verified");
        }
        Set<String> ids = new HashSet<>();
        List<ClockRule> out = new java.util.ArrayList<>();
        for (int i = 0; i < m.clocks().size(); i++) {
            String at = path + ".clocks[" + i + "]";
            Raw.ClockEntry c = m.clocks().get(i);
            if (c == null) {
                throw problem(at, "empty entry");
            }
            ClockRule rule = clock(at, c, holidays);
            if (!ids.add(rule.id())) {
                throw problem(at + ".id", "clock '" + rule.id() + "' is declared twice");
            }
            out.add(rule);
        }
        if (out.stream().noneMatch(r -> r.starts().contains(ClockEvent.OPENED))) {
            throw problem(path + ".clocks", "no clock starts when the dispute is opened: give one 'starts: [opened]'");
        }
        return List.copyOf(out);
    }

    /** Whether any of {@code clocks} counts business days (holidays mean something only then). */
    static boolean countsBusinessDays(List<ClockRule> clocks) {
        return clocks.stream().anyMatch(r -> r.window() instanceof ClockWindow.Business
                || r.regions().values().stream().anyMatch(w -> w instanceof ClockWindow.Business));
    }

    private ClockRule clock(String at, Raw.ClockEntry c, Set<LocalDate> holidays) {
        String id = text(at + ".id", c.id());
        if (!ID.matcher(id).matches()) {
            throw problem(at + ".id", "use lower-case letters, digits and '-', got '" + id + "'");
        }
        LocalText name = texts.text(at + ".name", c.name());
        ClockWindow.Counting counting = counting(at + ".business-count", c.businessCount());
        ClockWindow window = window(at + ".window", c.window(), holidays, counting);
        Map<String, ClockWindow> regions = new LinkedHashMap<>();
        if (c.regions() != null) {
            for (Map.Entry<String, String> e : c.regions().entrySet()) {
                String region = e.getKey() == null ? "" : e.getKey().trim();
                if (!REGION.matcher(region).matches() || !COUNTRIES.contains(region)) {
                    throw problem(at + ".regions." + region, "expected a country code of two capital letters"
                            + " (ISO 3166, e.g. TH), got '" + region + "'");
                }
                regions.put(region, window(at + ".regions." + region, e.getValue(), holidays, counting));
            }
        }
        Set<ClockEvent> starts = events(at + ".starts", c.starts(), true);
        if (starts.isEmpty()) {
            throw problem(at + ".starts", "missing: what starts the clock (" + codes(ClockEvent.STARTS) + ")");
        }
        Set<ClockEvent> stops = events(at + ".stops", c.stops(), false);
        LocalText onMissed = texts.text(at + ".on-missed", c.onMissed());
        if (c.verified() == null) {
            throw problem(at + ".verified", "missing: true when a source confirms the window, false otherwise"
                    + " (say which source in a comment)");
        }
        return new ClockRule(id, name, window, regions, starts, stops, onMissed, c.verified());
    }

    private Set<ClockEvent> events(String path, List<String> codes, boolean starting) {
        Set<ClockEvent> out = EnumSet.noneOf(ClockEvent.class);
        if (codes == null) {
            return out;
        }
        for (int i = 0; i < codes.size(); i++) {
            String at = path + "[" + i + "]";
            ClockEvent e = code(at, "event", ClockEvent.class, codes.get(i));
            if (starting && !ClockEvent.STARTS.contains(e)) {
                throw problem(at, "'" + e.code() + "' cannot start a clock (expected one of: "
                        + codes(ClockEvent.STARTS) + ")");
            }
            if (!starting && e == ClockEvent.OPENED) {
                throw problem(at, "'opened' cannot stop a clock");
            }
            out.add(e);
        }
        return out;
    }

    private static String codes(Set<ClockEvent> events) {
        return events.stream().map(ClockEvent::code).collect(Collectors.joining(", "));
    }

    private ClockWindow.Counting counting(String path, String value) {
        if (value == null || value.isBlank() || value.trim().equals("whole-days")) {
            return ClockWindow.Counting.WHOLE_DAYS;
        }
        if (value.trim().equals("from-moment")) {
            return ClockWindow.Counting.FROM_MOMENT;
        }
        throw problem(path, "expected whole-days or from-moment, got '" + value + "'");
    }

    /** "P5D", "PT48H", "5d", "48 hours" in calendar time, or "3 business days". */
    ClockWindow window(String path, String value, Set<LocalDate> holidays, ClockWindow.Counting counting) {
        String text = text(path, value);
        Matcher business = BUSINESS_DAYS.matcher(text);
        if (business.matches()) {
            int days = parseCount(path, business.group(1), text);
            return new ClockWindow.Business(days, holidays, counting);
        }
        Duration window;
        Matcher m = SHORT_WINDOW.matcher(text);
        if (m.matches()) {
            long n = parseCount(path, m.group(1), text);
            window = m.group(2).toLowerCase(Locale.ROOT).startsWith("d") ? Duration.ofDays(n) : Duration.ofHours(n);
        } else {
            try {
                window = Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw problem(path, "expected an ISO-8601 duration like P5D or PT48H (or 5d / 48h / 3 business days),"
                        + " got '" + text + "'");
            }
        }
        if (window.isNegative() || window.isZero()) {
            throw problem(path, "must be longer than zero, got '" + text + "'");
        }
        return new ClockWindow.Calendar(window);
    }

    private int parseCount(String path, String digits, String text) {
        int n;
        try {
            n = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1) {
            throw problem(path, "must be longer than zero, got '" + text + "'");
        }
        if (n > 3650) {
            throw problem(path, "must be at most 3650 days (ten years), got '" + text + "'");
        }
        return n;
    }
}
