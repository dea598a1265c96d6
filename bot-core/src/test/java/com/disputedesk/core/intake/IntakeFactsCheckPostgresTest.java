package com.disputedesk.core.intake;

import java.nio.file.Path;

/** The intake's fact checks over PostgreSQL: the same refusals, and nothing stored from them. */
class IntakeFactsCheckPostgresTest extends IntakeFactsCheckTest {

    @Override
    IntakeDesk openDesk(Path folder) {
        return IntakeDesk.openPostgres(folder);
    }
}
