package com.disputedesk.core.kernel;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as members type and read them: "24h", "90m", "2d", "1d12h". */
public final class Durations {
    private static final Pattern TYPED = Pattern.compile("(?:(\\d{1,3})d)?(?:(\\d{1,4})h)?(?:(\\d{1,5})m)?");

    private Durations() {
    }

    /** Parses "2d", "24h", "30m", "1h30m"; empty when malformed, zero, or longer than 30 days. */
    public static Optional<Duration> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = TYPED.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        Duration d = Duration.ofDays(number(m.group(1))).plusHours(number(m.group(2))).plusMinutes(number(m.group(3)));
        if (d.isZero() || d.compareTo(Duration.ofDays(30)) > 0) {
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /**
     * A duration exactly as a member set it, to the minute: "2d 1h 59m", "4h", "45m"; at least "0m". Settings show
     * this, so what is shown is what was typed, never rounded. Seconds are dropped; negative durations show their
     * size.
     */
    public static String exact(Duration d) {
        Duration a = d.abs();
        StringBuilder out = new StringBuilder();
        part(out, a.toDays(), 'd');
        part(out, a.toHoursPart(), 'h');
        part(out, a.toMinutesPart(), 'm');
        return out.length() == 0 ? "0m" : out.toString();
    }

    private static void part(StringBuilder out, long n, char unit) {
        if (n > 0) {
            out.append(out.length() > 0 ? " " : "").append(n).append(unit);
        }
    }

    /**
     * A time left or past, as a reminder reads it: "2d 3h", "4h", "45m"; at least "0m". Minutes are dropped once
     * it is a day or more, seconds always; negative durations show their size. For a setting, use {@link #exact}.
     */
    public static String format(Duration d) {
        Duration a = d.abs();
        long days = a.toDays();
        long hours = a.toHoursPart();
        long minutes = a.toMinutesPart();
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(days).append('d');
        }
        if (hours > 0) {
            out.append(out.length() > 0 ? " " : "").append(hours).append('h');
        }
        if (minutes > 0 && days == 0) {
            out.append(out.length() > 0 ? " " : "").append(minutes).append('m');
        }
        return out.length() == 0 ? "0m" : out.toString();
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}
