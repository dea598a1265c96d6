package com.disputedesk.core.team;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Local hours in which the team does not want to be pinged, e.g. 22:00-07:00 (may span midnight).
 *
 * @param start the first quiet minute, local time
 * @param end   the first minute after the quiet hours, local time; differs from {@code start}
 */
public record QuietHours(LocalTime start, LocalTime end) {
    public QuietHours {
        if (start.equals(end)) {
            throw new IllegalArgumentException("quiet hours must not start and end at the same time");
        }
    }

    /** Parses "22:00-07:00"; empty when the text is not two HH:MM times joined by a dash. */
    public static Optional<QuietHours> parse(String text) {
        String[] parts = text.trim().split("-");
        if (parts.length != 2) {
            return Optional.empty();
        }
        Optional<LocalTime> from = parseTime(parts[0]);
        Optional<LocalTime> to = parseTime(parts[1]);
        if (from.isEmpty() || to.isEmpty() || from.get().equals(to.get())) {
            return Optional.empty();
        }
        return Optional.of(new QuietHours(from.get(), to.get()));
    }

    /** Parses "7:00" or "07:00"; empty when malformed. */
    public static Optional<LocalTime> parseTime(String text) {
        String t = text.trim();
        if (!t.matches("\\d{1,2}:\\d{2}")) {
            return Optional.empty();
        }
        int colon = t.indexOf(':');
        int h = Integer.parseInt(t.substring(0, colon));
        int m = Integer.parseInt(t.substring(colon + 1));
        if (h > 23 || m > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(h, m));
    }

    /** Whether {@code at} falls in the quiet hours in {@code zone}. */
    public boolean contains(Instant at, ZoneId zone) {
        LocalTime t = at.atZone(zone).toLocalTime();
        return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
    }

    /** The first instant after {@code at} at which quiet hours end (the next local {@code end}). */
    public Instant nextEnd(Instant at, ZoneId zone) {
        LocalDate day = at.atZone(zone).toLocalDate();
        Instant candidate = ZonedDateTime.of(day, end, zone).toInstant();
        return candidate.isAfter(at) ? candidate : ZonedDateTime.of(day.plusDays(1), end, zone).toInstant();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s-%s", start, end);
    }
}
