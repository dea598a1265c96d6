package com.disputedesk.core.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as fixed-width UTC text ("2026-03-02T08:00:00.000000000Z"): exact to the nanosecond, readable in
 * both databases, and ordered the same as text and as time, so {@code <} and {@code ORDER BY} work on the column
 * in SQLite and PostgreSQL alike.
 */
public final class Instants {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Instants() {
    }

    /** The column text for an instant. */
    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** The instant a column holds. */
    public static Instant parse(String text) {
        return Instant.parse(text);
    }
}
