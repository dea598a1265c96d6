package com.disputedesk.core.cases.commands;

import com.disputedesk.core.testkit.TestDesk;
import java.nio.file.Path;

/** The same amount and outcome checks over PostgreSQL: the same refusals, and nothing stored from them. */
class AmountFactsCommandsPostgresTest extends AmountFactsCommandsTest {

    @Override
    protected TestDesk newDesk(Path folder) {
        return TestDesk.openPostgres(folder);
    }
}
