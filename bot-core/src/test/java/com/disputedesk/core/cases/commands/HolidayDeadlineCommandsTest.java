package com.disputedesk.core.cases.commands;

import com.disputedesk.core.testkit.ConfigFixture;
import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /remedy on a marketplace whose window is in business days shows the later deadline when the operator lists a
 * holiday inside the window. The clock stands on Monday 2 March 2026, 09:00 in the team's zone (Warsaw); eBay gives
 * 3 business days.
 */
class HolidayDeadlineCommandsTest {
    @TempDir
    Path dir;

    @Test
    void withoutHolidaysTheEbayDeadlineIsThursday() {
        try (TestDesk desk = TestDesk.open(dir.resolve("desk"))) {
            desk.chat().send("/remedy wrong-size ebay")
                    .expect("Wrong size on eBay").expectAny("2026-03-05 00:00 (Europe/Warsaw) \u00b7 2d 15h left");
        }
    }

    @Test
    void aListedHolidayInTheWindowMovesTheShownDeadlineOneDayLater() {
        var remedies = ConfigFixture.copyOfShipped(dir.resolve("config"))
                .editPlaybook("    holidays: []\n    clocks:\n      # eBay Money Back",
                        "    holidays: [2026-03-03]\n    clocks:\n      # eBay Money Back")
                .load();

        try (TestDesk desk = TestDesk.open(dir.resolve("desk"), remedies)) {
            // Mon, (Tue off), Wed, Thu: due at the start of Friday.
            desk.chat().send("/remedy wrong-size ebay")
                    .expect("Wrong size on eBay").expectAny("2026-03-06 00:00 (Europe/Warsaw) \u00b7 3d 15h left")
                    .expectNone("2026-03-05 00:00");
        }
    }
}
