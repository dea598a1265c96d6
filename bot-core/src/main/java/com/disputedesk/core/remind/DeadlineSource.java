package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.i18n.LocalText;
import com.disputedesk.core.remedy.CaseClock;
import com.disputedesk.core.remedy.CaseHistory;
import com.disputedesk.core.remedy.Remedies;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A case's running marketplace clocks and the nearest of them, its deadline (from the remedy engine and the case's
 * history in production; fixed in tests).
 */
@FunctionalInterface
public interface DeadlineSource {
    /** The name of the one clock of a source that only knows a deadline. */
    LocalText DEADLINE = new LocalText(Map.of("en", "answer the dispute", "zh", "处理纠纷"));

    /** The nearest running clock's end, or empty when none runs or it cannot be told (unknown marketplace...). */
    Optional<Instant> deadline(DisputeCase c, ZoneId zone);

    /**
     * The clocks running on the case now, nearest first; empty when none runs. A source that only knows a deadline
     * has one clock, "respond".
     */
    default List<RunningClock> running(DisputeCase c, ZoneId zone) {
        return deadline(c, zone).map(due -> List.of(new RunningClock("respond", DEADLINE, due))).orElse(List.of());
    }

    /** What the team calls a marketplace in reminders ("AliExpress" for "aliexpress"); the id when unknown. */
    default String marketplaceName(String marketplaceId) {
        return marketplaceId;
    }

    /**
     * The remedy engine's clocks of a case after what happened on it: its timeline, read from {@code cases}
     * (an offer stops the clock to answer, a changed request or a return starts others).
     */
    static DeadlineSource of(Remedies remedies, CaseStore cases) {
        Logger log = LoggerFactory.getLogger(DeadlineSource.class);
        return new DeadlineSource() {
            @Override
            public Optional<Instant> deadline(DisputeCase c, ZoneId zone) {
                return running(c, zone).stream().map(RunningClock::due).findFirst();
            }

            @Override
            public List<RunningClock> running(DisputeCase c, ZoneId zone) {
                try {
                    List<CaseClock> clocks = remedies.clocks(c.facts(), CaseHistory.events(cases.timeline(c.id())),
                            zone);
                    return clocks.stream().filter(CaseClock::running)
                            .map(k -> new RunningClock(k.id(), k.rule().name(), k.due().orElseThrow()))
                            .sorted(Comparator.comparing(RunningClock::due)).toList();
                } catch (RuntimeException e) {
                    // No clock means no deadline reminders for this case, not a failed case.
                    log.warn("no clocks for case {} of team {}: {}", c.number(), c.team(), e.toString());
                    return List.of();
                }
            }

            @Override
            public String marketplaceName(String marketplaceId) {
                return remedies.marketplace(marketplaceId).map(m -> m.name()).orElse(marketplaceId);
            }
        };
    }
}
