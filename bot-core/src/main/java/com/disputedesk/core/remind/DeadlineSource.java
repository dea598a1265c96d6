package com.disputedesk.core.remind;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.remedy.Remedies;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A case's platform response deadline (from the remedy engine in production; fixed in tests). */
@FunctionalInterface
public interface DeadlineSource {

    /** The deadline, or empty when it cannot be told (unknown marketplace...). */
    Optional<Instant> deadline(DisputeCase c, ZoneId zone);

    /** What the team calls a marketplace in reminders ("AliExpress" for "aliexpress"); the id when unknown. */
    default String marketplaceName(String marketplaceId) {
        return marketplaceId;
    }

    /** The remedy engine's deadline: the marketplace's response window from the day the dispute opened. */
    static DeadlineSource of(Remedies remedies) {
        Logger log = LoggerFactory.getLogger(DeadlineSource.class);
        return new DeadlineSource() {
            @Override
            public Optional<Instant> deadline(DisputeCase c, ZoneId zone) {
                try {
                    return Optional.of(remedies.suggest(c.facts(), zone).deadline().due());
                } catch (RuntimeException e) {
                    // No deadline means no deadline reminders for this case, not a failed case.
                    log.warn("no deadline for case {} of team {}: {}", c.number(), c.team(), e.toString());
                    return Optional.empty();
                }
            }

            @Override
            public String marketplaceName(String marketplaceId) {
                return remedies.marketplace(marketplaceId).map(m -> m.name()).orElse(marketplaceId);
            }
        };
    }
}
