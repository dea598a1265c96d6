package com.disputedesk.core.kernel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A moment as a team types it ("today 14:30", "2026-11-20 10:00", "3 hours ago"), read in the team's time zone
 * against now: when a dispute opened, whether told to the intake or given as a fact of a quick suggestion.
 */
public final class Moments {
    /** Disputes older than this are a typo, not a case. */
    public static final int MAX_AGE_DAYS = 365;

    private static final Pattern DAYS_AGO = Pattern.compile("(\\d{1,4})\\s*(?:days?\\s+ago|天前)",
            Pattern.CASE_INSENSITIVE);
    /** "3 hours ago", "90 minutes ago", "2h ago", "3小时前", "20分钟前". */
    private static final Pattern TIME_AGO = Pattern.compile(
            "(\\d{1,5})\\s*(?:(h|hrs?|hours?)\\s+ago|(m|mins?|minutes?)\\s+ago|(小时前|个小时前)|(分钟前))",
            Pattern.CASE_INSENSITIVE);
    /** A day word or an ISO date, then optionally a time of day: "today 14:30", "2026-11-20 10:00", "昨天 9:15". */
    private static final Pattern DAY_AND_TIME = Pattern.compile(
            "(today|yesterday|今天|昨天|\\d{4}-\\d{2}-\\d{2})(?:\\s*t?\\s*(\\d{1,2}):(\\d{2}))?");

    private Moments() {
    }

    /** What reading a moment found. */
    public enum Problem {
        NONE,
        NOT_A_MOMENT,
        FUTURE,
        TOO_OLD
    }

    /** A moment read against now, with the rule it broke. */
    public record Reading(Optional<Instant> moment, Problem problem) {
        static Reading refused(Problem problem) {
            return new Reading(Optional.empty(), problem);
        }
    }

    /**
     * When a dispute was opened, read in the team's {@code zone}: "now", "today 14:30", "yesterday 09:15",
     * "2026-11-20 10:00", "3 hours ago", "90 minutes ago", "3 days ago" (and the Chinese words). A day without a
     * time means its start ("today", "2026-11-20"), as the intake always read a bare day. A local time that a
     * daylight-saving change skips is moved forward by the gap; one it repeats is read as the earlier of the two.
     * Not in the future, not more than {@value #MAX_AGE_DAYS} days back.
     */
    public static Reading read(String text, Instant now, ZoneId zone) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Instant at;
        Matcher ago = TIME_AGO.matcher(t);
        Matcher dayTime = DAY_AND_TIME.matcher(t);
        if (t.equals("now") || t.equals("现在") || t.equals("刚才")) {
            at = now;
        } else if (ago.matches()) {
            long n = Long.parseLong(ago.group(1));
            boolean hours = ago.group(2) != null || ago.group(4) != null;
            at = now.minus(hours ? Duration.ofHours(n) : Duration.ofMinutes(n));
        } else if (DAYS_AGO.matcher(t).matches()) {
            Matcher days = DAYS_AGO.matcher(t);
            days.matches();
            at = LocalDate.ofInstant(now, zone).minusDays(Long.parseLong(days.group(1))).atStartOfDay(zone)
                    .toInstant();
        } else if (dayTime.matches()) {
            Optional<LocalDate> day = day(dayTime.group(1), LocalDate.ofInstant(now, zone));
            Optional<LocalTime> time = dayTime.group(2) == null ? Optional.of(LocalTime.MIDNIGHT)
                    : time(dayTime.group(2), dayTime.group(3));
            if (day.isEmpty() || time.isEmpty()) {
                return Reading.refused(Problem.NOT_A_MOMENT);
            }
            at = ZonedDateTime.ofLocal(LocalDateTime.of(day.get(), time.get()), zone, null).toInstant();
        } else {
            return Reading.refused(Problem.NOT_A_MOMENT);
        }
        if (at.isAfter(now)) {
            return Reading.refused(Problem.FUTURE);
        }
        if (LocalDate.ofInstant(at, zone).isBefore(LocalDate.ofInstant(now, zone).minusDays(MAX_AGE_DAYS))) {
            return Reading.refused(Problem.TOO_OLD);
        }
        return new Reading(Optional.of(at), Problem.NONE);
    }

    private static Optional<LocalDate> day(String word, LocalDate today) {
        switch (word) {
            case "today":
            case "今天":
                return Optional.of(today);
            case "yesterday":
            case "昨天":
                return Optional.of(today.minusDays(1));
            default:
                try {
                    return Optional.of(LocalDate.parse(word));
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
        }
    }

    private static Optional<LocalTime> time(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        return h <= 23 && m <= 59 ? Optional.of(LocalTime.of(h, m)) : Optional.empty();
    }
}
