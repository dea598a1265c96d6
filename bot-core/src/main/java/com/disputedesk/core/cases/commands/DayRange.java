package com.disputedesk.core.cases.commands;

import com.disputedesk.core.cases.CaseListing;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Days a list of closed cases covers, as a member types them: "2026-03-01..2026-03-31", one day "2026-03-01" or
 * one month "2026-03". Both ends are included, in the team's time zone.
 */
record DayRange(LocalDate first, LocalDate last) {
    /** The longest thing a member types for a range. */
    static final int MAX_LENGTH = 22;
    /** Closed at any time. */
    static final DayRange ALL = new DayRange(LocalDate.of(2000, 1, 1), LocalDate.of(9999, 12, 30));

    static Optional<DayRange> parse(String typed) {
        try {
            int dots = typed.indexOf("..");
            if (dots >= 0) {
                LocalDate first = LocalDate.parse(typed.substring(0, dots));
                LocalDate last = LocalDate.parse(typed.substring(dots + 2));
                return last.isBefore(first) ? Optional.empty() : Optional.of(new DayRange(first, last));
            }
            if (typed.length() == "2026-03".length()) {
                YearMonth month = YearMonth.parse(typed);
                return Optional.of(new DayRange(month.atDay(1), month.atEndOfMonth()));
            }
            LocalDate day = LocalDate.parse(typed);
            return Optional.of(new DayRange(day, day));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The closed cases of these days in {@code zone}. */
    CaseListing.Closed listing(ZoneId zone) {
        return new CaseListing.Closed(first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** As typed back in a button ("2026-03-01..2026-03-31"). */
    String typed() {
        return first + ".." + last;
    }
}
