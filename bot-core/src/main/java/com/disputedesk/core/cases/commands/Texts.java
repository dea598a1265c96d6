package com.disputedesk.core.cases.commands;

import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The commands' words in the team's language: messages, times, durations, sizes. Domain values are named by
 * the {@link com.disputedesk.core.i18n.Glossary}.
 */
final class Texts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages = new Messages("commands");

    String get(UiLanguage lang, String key, Object... args) {
        return messages.get(lang, key, args);
    }

    Messages messages() {
        return messages;
    }

    /** A moment as the team reads it: "2026-03-02 09:00" in the team's zone. */
    String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    /** Time left until a deadline: "in 2d 4h", or "overdue by 3h" once passed. */
    String dueIn(UiLanguage lang, Duration left) {
        return left.isNegative() ? get(lang, "due.overdue", span(lang, left.negated()))
                : get(lang, "due.in", span(lang, left));
    }

    /** A length of time, coarse on purpose (days and hours, or minutes when under an hour). */
    String span(UiLanguage lang, Duration d) {
        long minutes = d.toMinutes();
        long days = minutes / (24 * 60);
        long hours = (minutes / 60) % 24;
        if (days > 0) {
            return hours > 0 ? get(lang, "span.dh", Long.toString(days), Long.toString(hours))
                    : get(lang, "span.d", Long.toString(days));
        }
        if (hours > 0) {
            return get(lang, "span.h", Long.toString(hours));
        }
        return get(lang, "span.m", Long.toString(Math.max(minutes, 0)));
    }

    /** A file size: "512 B", "12.3 KB", "1.5 MB". */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
