package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.i18n.LocalText;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A marketplace as the playbook configures it.
 *
 * @param id                    short id members type ("aliexpress")
 * @param name                  display name ("AliExpress")
 * @param orderIdPattern        what a valid order id looks like
 * @param orderIdHint           how to describe a valid order id in a retry prompt ("15-20 digits"), in the team
 *                              languages given
 * @param responseWindow        time the seller has to answer a dispute from the day it opened
 * @param onMissedDeadline      what the platform does when the window passes, in the team languages given
 * @param windowVerified        false when the window is a guess to be confirmed by the operator
 * @param partialRefundsAllowed false where only a full refund or return may be offered (Mercado Libre Global Selling)
 * @param couponsAllowed        false where discounts may not be offered
 * @param forbiddenOffers       further offer kinds the marketplace does not allow
 * @param businessDays          true when the window counts Mondays to Fridays only
 * @param holidays              days a business-day window does not count, like a Saturday (the operator's list of
 *                              public holidays); always empty for a window in calendar time
 * @param thresholds            rates the marketplace holds sellers to, shown by /stats beside the team's own
 */
public record Marketplace(String id, String name, Pattern orderIdPattern, LocalText orderIdHint,
                          Duration responseWindow, LocalText onMissedDeadline, boolean windowVerified,
                          boolean partialRefundsAllowed, boolean couponsAllowed, Set<OfferKind> forbiddenOffers,
                          boolean businessDays, Set<LocalDate> holidays, List<Threshold> thresholds) {

    public Marketplace {
        forbiddenOffers = forbiddenOffers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(forbiddenOffers));
        if (businessDays && (responseWindow.toHours() % 24 != 0 || responseWindow.toDays() < 1)) {
            throw new IllegalArgumentException("a window in business days is a whole number of days");
        }
        holidays = holidays == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        if (!businessDays && !holidays.isEmpty()) {
            throw new IllegalArgumentException("holidays only apply to a window in business days");
        }
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }

    /** A marketplace with no thresholds. */
    public Marketplace(String id, String name, Pattern orderIdPattern, LocalText orderIdHint,
                       Duration responseWindow, LocalText onMissedDeadline, boolean windowVerified,
                       boolean partialRefundsAllowed, boolean couponsAllowed, Set<OfferKind> forbiddenOffers,
                       boolean businessDays, Set<LocalDate> holidays) {
        this(id, name, orderIdPattern, orderIdHint, responseWindow, onMissedDeadline, windowVerified,
                partialRefundsAllowed, couponsAllowed, forbiddenOffers, businessDays, holidays, List.of());
    }

    /**
     * A marketplace whose hint and "what happens then" are in English only, without holidays: every Monday to
     * Friday counts for a window in business days.
     */
    public Marketplace(String id, String name, Pattern orderIdPattern, String orderIdHint, Duration responseWindow,
                       String onMissedDeadline, boolean windowVerified, boolean partialRefundsAllowed,
                       boolean couponsAllowed, Set<OfferKind> forbiddenOffers, boolean businessDays) {
        this(id, name, orderIdPattern, LocalText.english(orderIdHint), responseWindow,
                LocalText.english(onMissedDeadline), windowVerified, partialRefundsAllowed, couponsAllowed,
                forbiddenOffers, businessDays, Set.of());
    }

    /** A marketplace whose window is calendar time. */
    public Marketplace(String id, String name, Pattern orderIdPattern, String orderIdHint, Duration responseWindow,
                       String onMissedDeadline, boolean windowVerified, boolean partialRefundsAllowed,
                       boolean couponsAllowed, Set<OfferKind> forbiddenOffers) {
        this(id, name, orderIdPattern, orderIdHint, responseWindow, onMissedDeadline, windowVerified,
                partialRefundsAllowed, couponsAllowed, forbiddenOffers, false);
    }

    public Marketplace(String id, String name, Pattern orderIdPattern, String orderIdHint, Duration responseWindow,
                       String onMissedDeadline, boolean windowVerified, boolean partialRefundsAllowed,
                       boolean couponsAllowed) {
        this(id, name, orderIdPattern, orderIdHint, responseWindow, onMissedDeadline, windowVerified,
                partialRefundsAllowed, couponsAllowed, Set.of());
    }

    /**
     * When the window ends for a dispute opened on {@code openedOn}: calendar time from the start of that day, or,
     * for a window in business days, the end of the last of that many Mondays to Fridays, the opening day counted
     * when it is one. A listed holiday is skipped like a weekend day; a holiday not listed counts as a business
     * day, so the deadline shown is then never later than the real one.
     */
    public ZonedDateTime deadline(LocalDate openedOn, ZoneId zone) {
        if (!businessDays) {
            return openedOn.atStartOfDay(zone).plus(responseWindow);
        }
        long left = responseWindow.toDays();
        LocalDate day = openedOn;
        while (true) {
            if (isBusinessDay(day) && --left == 0) {
                return day.plusDays(1).atStartOfDay(zone);
            }
            day = day.plusDays(1);
        }
    }

    /** Whether a window in business days counts {@code day}: a Monday to Friday that is not a listed holiday. */
    public boolean isBusinessDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    public boolean acceptsOrderId(String orderId) {
        return orderIdPattern.matcher(orderId.trim()).matches();
    }

    /** Whether the marketplace lets the seller offer this kind of remedy. */
    public boolean allows(OfferKind kind) {
        if (kind == OfferKind.PARTIAL_REFUND && !partialRefundsAllowed) {
            return false;
        }
        if (kind == OfferKind.COUPON && !couponsAllowed) {
            return false;
        }
        return !forbiddenOffers.contains(kind);
    }
}
