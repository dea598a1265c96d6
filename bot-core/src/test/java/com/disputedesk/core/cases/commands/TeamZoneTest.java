package com.disputedesk.core.cases.commands;

import com.disputedesk.core.testkit.DeskTest;
import org.junit.jupiter.api.Test;

/** A time zone set with /settings is the one every deadline and time is shown in from then on. */
class TeamZoneTest extends DeskTest {

    @Test
    void aZoneChangedWithSettingsIsUsedByTheNextSuggestion() {
        desk.chat().send("/remedy wrong-size 40 USD aliexpress").expectAny("(Europe/Warsaw)");

        desk.chat().send("/settings zone America/Los_Angeles").expect("America/Los_Angeles");

        desk.chat().send("/remedy wrong-size 40 USD aliexpress")
                .expectAny("(America/Los_Angeles)").expectNone("Europe/Warsaw");
    }

    @Test
    void aCaseOpenedBeforeTheChangeShowsItsTimesInTheNewZone() {
        CaseFixture.on(desk).create();
        // Opened at 08:00 UTC: 09:00 in Warsaw, midnight in Los Angeles.
        desk.chat().send("/case 1").expectAny("Timeline: 2026-03-02 09:00");

        desk.chat().send("/settings zone America/Los_Angeles");

        desk.chat().send("/case 1").expectAny("Timeline: 2026-03-02 00:00").expectNone("09:00");
    }
}
