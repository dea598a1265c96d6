package com.disputedesk.core.remind;

import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;

/** The same reminders per clock over PostgreSQL: the rows keep their clock there too. */
class ClockRemindersPostgresTest extends ClockRemindersTest {

    @Override
    protected TestDesk newDesk(Path folder) {
        return TestDesk.openPostgres(folder);
    }
}
