package com.disputedesk.core.remedy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** How long a clock runs from the moment it starts: calendar time, or a number of business days. */
public sealed interface ClockWindow {

    /** When the window that starts at {@code start} ends; business days are counted on {@code zone}'s calendar. */
    Instant end(Instant start, ZoneId zone);

    /** Calendar time ("P5D", "48h"): exactly that long after the start, daylight-saving changes included. */
    record Calendar(Duration length) implements ClockWindow {
        public Calendar {
            if (length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("a window is longer than zero");
            }
        }

        @Override
        public Instant end(Instant start, ZoneId zone) {
            return start.plus(length);
        }
    }

    /**
     * Business days: Mondays to Fridays that are not listed holidays.
     *
     * @param days     how many
     * @param holidays the days not counted, like a Saturday (the operator's list of public holidays)
     * @param counting which rule the marketplace counts by
     */
    record Business(int days, Set<LocalDate> holidays, Counting counting) implements ClockWindow {
        public Business {
            if (days < 1) {
                throw new IllegalArgumentException("a window in business days is at least one day");
            }
            holidays = holidays == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        }

        @Override
        public Instant end(Instant start, ZoneId zone) {
            ZonedDateTime local = start.atZone(zone);
            LocalDate day = local.toLocalDate();
            if (counting == Counting.WHOLE_DAYS) {
                int left = days;
                while (true) {
                    if (isBusinessDay(day) && --left == 0) {
                        return day.plusDays(1).atStartOfDay(zone).toInstant();
                    }
                    day = day.plusDays(1);
                }
            }
            if (!isBusinessDay(day)) {
                // opened on a weekend or holiday: the count starts with the next business day
                while (!isBusinessDay(day)) {
                    day = day.plusDays(1);
                }
                local = day.atStartOfDay(zone);
            }
            for (int left = days; left > 0; ) {
                day = day.plusDays(1);
                if (isBusinessDay(day)) {
                    left--;
                }
            }
            return ZonedDateTime.ofLocal(day.atTime(local.toLocalTime()), zone, null).toInstant();
        }

        /** Whether {@code day} counts: a Monday to Friday that is not a listed holiday. */
        public boolean isBusinessDay(LocalDate day) {
            DayOfWeek weekday = day.getDayOfWeek();
            return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
        }
    }

    /** How a marketplace counts business days. */
    enum Counting {
        /**
         * "whole-days": the day the clock starts counts when it is a business day, and the window ends at the end
         * of the last counted day (midnight, team time). Never later than a count from the moment.
         */
        WHOLE_DAYS,
        /**
         * "from-moment": that many business days after the start, at the same local time; a start on a weekend or
         * holiday counts from the next business day's start.
         */
        FROM_MOMENT
    }
}
