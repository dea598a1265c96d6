package com.disputedesk.core.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.i18n.LocalText;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A window in business days skips the operator's listed holidays exactly like a weekend day. March 2026: Monday
 * the 2nd to Friday the 6th, the weekend of the 7th and 8th, Monday the 9th onwards.
 */
class HolidayDeadlinesTest {
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final LocalDate MON_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate TUE_3 = LocalDate.of(2026, 3, 3);
    private static final LocalDate WED_4 = LocalDate.of(2026, 3, 4);
    private static final LocalDate THU_5 = LocalDate.of(2026, 3, 5);
    private static final LocalDate FRI_6 = LocalDate.of(2026, 3, 6);
    private static final LocalDate SAT_7 = LocalDate.of(2026, 3, 7);
    private static final LocalDate MON_9 = LocalDate.of(2026, 3, 9);

    /** eBay-like: 3 business days. */
    private static Marketplace threeBusinessDays(LocalDate... holidays) {
        return new Marketplace("ebay", "eBay", Pattern.compile("\\d+"), LocalText.english("digits"), Duration.ofDays(3),
                LocalText.english("the buyer may ask eBay to step in"), true, true, true, Set.of(), true,
                Set.copyOf(List.of(holidays)));
    }

    private static ZonedDateTime startOf(LocalDate day) {
        return day.atStartOfDay(WARSAW);
    }

    @Test
    void withoutHolidaysTheWindowCountsMondayToFriday() {
        // Mon, Tue, Wed: due at the start of Thursday.
        assertThat(threeBusinessDays().deadline(MON_2, WARSAW)).isEqualTo(startOf(THU_5));
    }

    @Test
    void aHolidayInsideTheWindowMovesTheDeadlineOneBusinessDayLater() {
        // Mon, (Tue off), Wed, Thu: due at the start of Friday.
        assertThat(threeBusinessDays(TUE_3).deadline(MON_2, WARSAW)).isEqualTo(startOf(FRI_6));
    }

    @Test
    void aHolidayOnTheOpeningDayIsNotCounted() {
        // (Mon off), Tue, Wed, Thu.
        assertThat(threeBusinessDays(MON_2).deadline(MON_2, WARSAW)).isEqualTo(startOf(FRI_6));
    }

    @Test
    void aHolidayOnAWeekendChangesNothing() {
        // Opened on a Friday: Fri, Mon, Tue, with or without Saturday listed.
        LocalDate wednesday11 = LocalDate.of(2026, 3, 11);
        assertThat(threeBusinessDays(SAT_7).deadline(FRI_6, WARSAW)).isEqualTo(startOf(wednesday11))
                .isEqualTo(threeBusinessDays().deadline(FRI_6, WARSAW));
    }

    @Test
    void consecutiveHolidaysAreAllSkipped() {
        // Mon, (Tue, Wed off), Thu, Fri: due at the start of Saturday.
        assertThat(threeBusinessDays(TUE_3, WED_4).deadline(MON_2, WARSAW)).isEqualTo(startOf(SAT_7));
        // Opened Thursday, with Friday and Monday off around the weekend: Thu, Tue, Wed.
        assertThat(threeBusinessDays(FRI_6, MON_9).deadline(THU_5, WARSAW))
                .isEqualTo(startOf(LocalDate.of(2026, 3, 12)));
    }

    @Test
    void aHolidayRightAfterTheWindowDoesNotMoveIt() {
        // Mon, Tue, Wed: the window is over when the Thursday holiday starts.
        assertThat(threeBusinessDays(THU_5).deadline(MON_2, WARSAW)).isEqualTo(startOf(THU_5));
    }

    @Test
    void aHolidayIsNotABusinessDay() {
        Marketplace m = threeBusinessDays(TUE_3);

        assertThat(m.isBusinessDay(MON_2)).isTrue();
        assertThat(m.isBusinessDay(TUE_3)).isFalse();
        assertThat(m.isBusinessDay(SAT_7)).isFalse();
        assertThat(m.holidays()).containsExactly(TUE_3);
    }

    @Test
    void theConstructorsWithoutHolidaysKeepTheWeekendOnlyCount() {
        Marketplace old = new Marketplace("ebay", "eBay", Pattern.compile("\\d+"), "digits", Duration.ofDays(3),
                "the buyer may ask eBay to step in", true, true, true, Set.of(), true);

        assertThat(old.holidays()).isEmpty();
        assertThat(old.deadline(MON_2, WARSAW)).isEqualTo(startOf(THU_5));
    }

    @Test
    void holidaysOnACalendarWindowAreRefused() {
        assertThatThrownBy(() -> new Marketplace("tiktok", "TikTok Shop", Pattern.compile("\\d+"),
                LocalText.english("digits"), Duration.ofHours(48), LocalText.english("approved automatically"), true,
                true, true, Set.of(), false, Set.of(TUE_3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only apply to a window in business days");
    }
}
