package com.disputedesk.core.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.testkit.TestDesk;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every clock of the shipped playbook, to the minute, from the moment the dispute opened: across the daylight-saving
 * changes of Los Angeles (1 November 2026) and Warsaw (25 October 2026), in both team zones.
 */
class MarketplaceClocksTest {
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private final Remedies remedies = TestDesk.remedies();

    @ParameterizedTest(name = "{0} {1} opened {3} in {2}")
    @CsvSource(delimiter = '|', value = {
        // AliExpress: 5 days to answer, platform steps in after about 7, in calendar time (120 h, 168 h)
        "aliexpress   | respond           | America/Los_Angeles | 2026-10-29T10:00 | 2026-11-03T17:00:00Z",
        "aliexpress   | platform          | America/Los_Angeles | 2026-10-29T10:00 | 2026-11-05T17:00:00Z",
        "aliexpress   | respond           | Europe/Warsaw       | 2026-10-23T10:00 | 2026-10-28T08:00:00Z",
        "aliexpress   | platform          | Europe/Warsaw       | 2026-10-23T10:00 | 2026-10-30T08:00:00Z",
        // Temu: 2 days (a cautious guess), Allegro: 14 days, eMAG: 2 days
        "temu         | respond           | Europe/Warsaw       | 2026-10-24T12:00 | 2026-10-26T10:00:00Z",
        "temu         | respond           | America/Los_Angeles | 2026-10-31T08:30 | 2026-11-02T15:30:00Z",
        "allegro      | respond           | Europe/Warsaw       | 2026-10-20T09:00 | 2026-11-03T07:00:00Z",
        "allegro      | respond           | America/Los_Angeles | 2026-10-20T09:00 | 2026-11-03T16:00:00Z",
        "emag         | respond           | Europe/Warsaw       | 2026-10-24T23:59 | 2026-10-26T21:59:00Z",
        "emag         | respond           | America/Los_Angeles | 2026-10-31T23:59 | 2026-11-03T06:59:00Z",
        // Mercado Libre: 2 business days, the opening day counted, ending at midnight; messages 3 business
        // days at the same local time
        "mercadolibre | respond           | America/Los_Angeles | 2026-10-29T20:00 | 2026-10-31T07:00:00Z",
        "mercadolibre | messages          | America/Los_Angeles | 2026-10-29T20:00 | 2026-11-04T04:00:00Z",
        "mercadolibre | respond           | Europe/Warsaw       | 2026-10-23T15:00 | 2026-10-26T23:00:00Z",
        "mercadolibre | messages          | Europe/Warsaw       | 2026-10-23T15:00 | 2026-10-28T14:00:00Z",
        // TikTok Shop outside the listed regions: 48 h
        "tiktok       | respond           | Europe/Warsaw       | 2026-10-24T16:00 | 2026-10-26T14:00:00Z",
        "tiktok       | respond           | America/Los_Angeles | 2026-10-31T16:00 | 2026-11-02T23:00:00Z",
        // eBay: 3 business days, the opening day counted (Fri, Mon, Tue), ending at midnight
        "ebay         | respond           | Europe/Warsaw       | 2026-10-23T15:00 | 2026-10-27T23:00:00Z",
        "ebay         | respond           | America/Los_Angeles | 2026-10-30T15:00 | 2026-11-04T08:00:00Z",
        // Amazon: 48 h for messages, 72 h for an A-to-z claim
        "amazon       | messages          | America/Los_Angeles | 2026-10-31T12:00 | 2026-11-02T19:00:00Z",
        "amazon       | a-to-z            | America/Los_Angeles | 2026-10-31T12:00 | 2026-11-03T19:00:00Z",
        "amazon       | messages          | Europe/Warsaw       | 2026-10-24T12:00 | 2026-10-26T10:00:00Z",
        "amazon       | a-to-z            | Europe/Warsaw       | 2026-10-24T12:00 | 2026-10-27T10:00:00Z",
    })
    void theClocksTheOpeningStartsRunOutToTheMinute(String market, String clock, ZoneId zone, String openedLocal,
                                                    Instant due) {
        Map<String, CaseClock> clocks = clocks(facts(market, Optional.empty(), openedLocal, zone), List.of(), zone);

        assertThat(clocks.get(clock).running()).isTrue();
        assertThat(clocks.get(clock).due()).contains(due);
    }

    @ParameterizedTest(name = "TikTok Shop {0} opened {2} in {1}")
    @CsvSource(delimiter = '|', value = {
        // Thailand and Vietnam: 1 working day, same local time: Friday 16:00 -> Monday 16:00 (Warsaw went to
        // winter time between: 14:00Z -> 15:00Z)
        "TH | Europe/Warsaw       | 2026-10-23T16:00 | 2026-10-26T15:00:00Z",
        "VN | America/Los_Angeles | 2026-10-30T15:00 | 2026-11-02T23:00:00Z",
        // opened on a Saturday: counted from Monday's start, due Tuesday 00:00
        "TH | Europe/Warsaw       | 2026-10-24T11:00 | 2026-10-26T23:00:00Z",
        // Indonesia: 2 calendar days, 48 h exactly across the change
        "ID | Europe/Warsaw       | 2026-10-24T16:00 | 2026-10-26T14:00:00Z",
        "ID | America/Los_Angeles | 2026-10-31T16:00 | 2026-11-02T23:00:00Z",
    })
    void tikTokCountsByRegion(String region, ZoneId zone, String openedLocal, Instant due) {
        assertThat(remedies.regions("tiktok")).containsExactly("TH", "VN", "ID");

        Map<String, CaseClock> clocks = clocks(facts("tiktok", Optional.of(region), openedLocal, zone), List.of(),
                zone);

        assertThat(clocks.get("respond").due()).contains(due);
        assertThat(remedies.suggest(facts("tiktok", Optional.of(region), openedLocal, zone), zone).deadline().due())
                .isEqualTo(due);
    }

    @Test
    void onlyTikTokAsksForARegion() {
        for (Marketplace m : remedies.marketplaces()) {
            assertThat(remedies.regions(m.id())).as(m.id()).isEqualTo(m.id().equals("tiktok")
                    ? List.of("TH", "VN", "ID") : List.of());
        }
    }

    @Test
    void theClocksAfterTheOpeningStartOnTheirOwnEvent() {
        Instant agreed = Instant.parse("2026-10-30T09:00:00Z");
        Instant received = Instant.parse("2026-11-06T18:30:00Z");
        List<ClockEvent.At> returned = List.of(ClockEvent.OFFER_SENT.at(agreed.minusSeconds(3600)),
                ClockEvent.RETURN_AGREED.at(agreed), ClockEvent.RETURN_RECEIVED.at(received));

        // AliExpress: the buyer ships an agreed return within 10 days; received, the clock stops
        Map<String, CaseClock> ali = clocks(facts("aliexpress", Optional.empty(), "2026-10-26T10:00", WARSAW),
                List.of(ClockEvent.RETURN_AGREED.at(agreed)), WARSAW);
        assertThat(ali.get("return-shipped").due()).contains(Instant.parse("2026-11-09T09:00:00Z"));
        assertThat(ali.get("return-shipped").running()).isTrue();
        assertThat(clocks(facts("aliexpress", Optional.empty(), "2026-10-26T10:00", WARSAW), returned, WARSAW)
                .get("return-shipped").status()).isEqualTo(CaseClock.Status.STOPPED);
        // Temu 14 days, eMAG 14 days, TikTok Shop 5 days to ship
        assertThat(clocks(facts("temu", Optional.empty(), "2026-10-26T10:00", LA),
                List.of(ClockEvent.RETURN_AGREED.at(agreed)), LA).get("return-shipped").due())
                .contains(Instant.parse("2026-11-13T09:00:00Z"));
        assertThat(clocks(facts("emag", Optional.empty(), "2026-10-26T10:00", WARSAW),
                List.of(ClockEvent.RETURN_AGREED.at(agreed)), WARSAW).get("return-finished").due())
                .contains(Instant.parse("2026-11-13T09:00:00Z"));
        Map<String, CaseClock> tiktok = clocks(facts("tiktok", Optional.empty(), "2026-10-26T10:00", LA), returned,
                LA);
        assertThat(tiktok.get("return-shipped").status()).isEqualTo(CaseClock.Status.STOPPED);
        // ... and 8 days to confirm the receipt
        assertThat(tiktok.get("confirm-receipt").due()).contains(Instant.parse("2026-11-14T18:30:00Z"));
        // eBay: refund within 2 business days of the return's delivery: Friday 10:30 -> Tuesday 10:30 in LA
        assertThat(clocks(facts("ebay", Optional.empty(), "2026-10-26T10:00", LA), returned, LA)
                .get("refund-after-return").due()).contains(Instant.parse("2026-11-10T18:30:00Z"));
    }

    @Test
    void aChangedRequestRestartsTheClocksThatRestartOnItAndLeavesTheOthers() {
        CaseFacts facts = facts("aliexpress", Optional.empty(), "2026-10-23T10:00", WARSAW);
        Instant changed = Instant.parse("2026-10-26T12:15:00Z");

        Map<String, CaseClock> clocks = clocks(facts, List.of(ClockEvent.REQUEST_CHANGED.at(changed)), WARSAW);

        assertThat(clocks.get("respond").due()).contains(Instant.parse("2026-10-31T12:15:00Z"));
        assertThat(clocks.get("platform").due()).contains(Instant.parse("2026-10-30T08:00:00Z"));
        assertThat(clocks.get("return-shipped").status()).isEqualTo(CaseClock.Status.NOT_STARTED);
    }

    @Test
    void anOfferStopsTheAnswerClockAndClosingStopsThemAll() {
        CaseFacts facts = facts("amazon", Optional.empty(), "2026-10-24T12:00", WARSAW);
        Instant offered = Instant.parse("2026-10-25T08:00:00Z");

        Map<String, CaseClock> offeredClocks = clocks(facts, List.of(ClockEvent.OFFER_SENT.at(offered)), WARSAW);
        assertThat(offeredClocks.values()).allMatch(c -> c.status() == CaseClock.Status.STOPPED);

        Map<String, CaseClock> ali = clocks(facts("aliexpress", Optional.empty(), "2026-10-23T10:00", WARSAW),
                List.of(ClockEvent.OFFER_SENT.at(offered)), WARSAW);
        assertThat(ali.get("respond").running()).isFalse();
        assertThat(ali.get("platform").running()).isTrue();
        assertThat(clocks(facts("aliexpress", Optional.empty(), "2026-10-23T10:00", WARSAW),
                List.of(ClockEvent.CLOSED.at(offered)), WARSAW).values()).noneMatch(CaseClock::running);
    }

    @Test
    void aCaseStoredWithOnlyItsDayCountsFromThatDaysStart() {
        CaseFacts dayOnly = Facts.of(Reason.WRONG_SIZE).openedOn(LocalDate.of(2026, 10, 23)).build();

        assertThat(clocks(dayOnly, List.of(), WARSAW).get("respond").due())
                .contains(Instant.parse("2026-10-27T22:00:00Z"));
    }

    private Map<String, CaseClock> clocks(CaseFacts facts, List<ClockEvent.At> events, ZoneId zone) {
        Map<String, CaseClock> out = new LinkedHashMap<>();
        remedies.clocks(facts, events, zone).forEach(c -> out.put(c.id(), c));
        return out;
    }

    private static CaseFacts facts(String market, Optional<String> region, String openedLocal, ZoneId zone) {
        Instant opened = java.time.LocalDateTime.parse(openedLocal).atZone(zone).toInstant();
        return Facts.of(Reason.WRONG_SIZE).on(market).build()
                .openedAt(opened, LocalDate.ofInstant(opened, zone)).inRegion(region);
    }
}
