package com.disputedesk.core.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.TestDesk;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadline = start of the opening day in the team's zone + the marketplace's response window. */
class DeadlinesTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final Remedies remedies = TestDesk.remedies();

    @Test
    void theShippedPlaybookListsTheEightMarketplacesInOrder() {
        assertThat(remedies.marketplaces()).extracting(Marketplace::id).containsExactly("aliexpress", "temu",
                "allegro", "emag", "mercadolibre", "tiktok", "ebay", "amazon");
    }

    @ParameterizedTest
    @CsvSource({
        "aliexpress,   PT120H, true",
        "tiktok,       PT48H,  true",
        "amazon,       PT48H,  true",
        "temu,         PT48H,  false",
        "allegro,      PT336H, false",
        "emag,         PT48H,  false",
    })
    void eachMarketplaceHasItsWindowAndSaysWhetherItIsVerified(String id, Duration window, boolean verified) {
        Marketplace m = remedies.marketplace(id).orElseThrow();
        assertThat(m.responseWindow()).isEqualTo(window);
        assertThat(m.windowVerified()).isEqualTo(verified);
        assertThat(m.onMissedDeadline().english()).isNotBlank();

        Deadline d = remedies.quick(Reason.WRONG_SIZE, Money.of("10", "USD"), id, MONDAY, ZoneId.of("UTC"))
                .deadline();
        assertThat(d.due()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z").plus(window));
        assertThat(d.verified()).isEqualTo(verified);
        assertThat(d.what()).isEqualTo(m.onMissedDeadline());
    }

    @Test
    void theDeadlineRunsFromMidnightInTheTeamsTimeZone() {
        var facts = Facts.of(Reason.WRONG_SIZE).openedOn(MONDAY).build();

        Deadline warsaw = remedies.suggest(facts, ZoneId.of("Europe/Warsaw")).deadline();
        Deadline shanghai = remedies.suggest(facts, ZoneId.of("Asia/Shanghai")).deadline();

        // AliExpress: 5 days from 2 March 00:00 local
        assertThat(warsaw.due()).isEqualTo(Instant.parse("2026-03-06T23:00:00Z"));
        assertThat(shanghai.due()).isEqualTo(Instant.parse("2026-03-06T16:00:00Z"));
        assertThat(warsaw.what().english()).contains("refunded automatically");
    }

    @ParameterizedTest
    @CsvSource({
        // eBay: 3 business days. Opened on a Monday: Mon, Tue, Wed, so due at the start of Thursday.
        "ebay,         2026-03-02, 2026-03-05T00:00:00Z",
        // Opened on a Friday: Fri, Mon, Tue, so due at the start of Wednesday (not Monday, as 3 calendar days).
        "ebay,         2026-03-06, 2026-03-11T00:00:00Z",
        // Opened on a Saturday: Mon, Tue, Wed.
        "ebay,         2026-03-07, 2026-03-12T00:00:00Z",
        // Mercado Libre: 2 business days. Opened on a Thursday: Thu, Fri, so due at the start of Saturday.
        "mercadolibre, 2026-03-05, 2026-03-07T00:00:00Z",
        // Opened on a Friday: Fri, Mon.
        "mercadolibre, 2026-03-06, 2026-03-10T00:00:00Z",
    })
    void businessDayWindowsSkipTheWeekend(String id, LocalDate opened, Instant due) {
        Marketplace m = remedies.marketplace(id).orElseThrow();
        assertThat(m.businessDays()).isTrue();
        assertThat(m.windowVerified()).isTrue();

        Deadline d = remedies.quick(Reason.WRONG_SIZE, Money.of("10", "USD"), id, opened, ZoneId.of("UTC"))
                .deadline();

        assertThat(d.due()).isEqualTo(due);
    }

    @Test
    void tikTokGivesFortyEightHours() {
        var facts = Facts.of(Reason.DAMAGED_IN_TRANSIT).on("tiktok").order("576123456789012345").build();

        Deadline d = remedies.suggest(facts, ZoneId.of("America/Mexico_City")).deadline();

        assertThat(d.due()).isEqualTo(Instant.parse("2026-03-04T06:00:00Z"));
        assertThat(d.left(Instant.parse("2026-03-04T05:00:00Z"))).isEqualTo(Duration.ofHours(1));
        assertThat(d.left(Instant.parse("2026-03-04T07:00:00Z"))).isNegative();
    }

    @Test
    void orderIdsAreCheckedPerMarketplace() {
        record Case(String marketplace, List<String> good, List<String> bad) {
        }
        List<Case> cases = List.of(
                new Case("aliexpress", List.of("8181234567890123", "300123456789012345"),
                        List.of("12345", "81812345678901a3", "")),
                new Case("ebay", List.of("12-34567-89012"), List.of("1234567890123")),
                new Case("amazon", List.of("123-1234567-1234567"), List.of("123-123-123")),
                new Case("temu", List.of("PO-211-12345678901234567"), List.of("211-12345678901234567")),
                new Case("allegro", List.of("29738e61-7f6a-11e8-ac45-09db60ede9d6"), List.of("29738e61")));
        for (Case c : cases) {
            Marketplace m = remedies.marketplace(c.marketplace()).orElseThrow();
            assertThat(c.good()).allMatch(m::acceptsOrderId);
            assertThat(c.bad()).noneMatch(m::acceptsOrderId);
            assertThat(m.orderIdHint().english()).isNotBlank();
        }
    }
}
