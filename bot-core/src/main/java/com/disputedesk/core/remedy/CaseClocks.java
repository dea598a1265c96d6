package com.disputedesk.core.remedy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A case's history replayed over a marketplace's clocks: which run, since when, until when. */
final class CaseClocks {

    private CaseClocks() {
    }

    /**
     * Every clock of {@code rules} after {@code events}, in the playbook's order. Events are taken in time order
     * (the opening first among equals); a start restarts a running clock from zero, a stop after it started stops
     * it, and closing stops all.
     */
    static List<CaseClock> replay(List<ClockRule> rules, List<ClockEvent.At> events, Optional<String> region,
                                  ZoneId zone) {
        List<ClockEvent.At> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(ClockEvent.At::when)
                .thenComparing(e -> e.event() == ClockEvent.OPENED ? 0 : 1));
        List<CaseClock> out = new ArrayList<>();
        for (ClockRule rule : rules) {
            CaseClock.Status status = CaseClock.Status.NOT_STARTED;
            Instant started = null;
            for (ClockEvent.At e : ordered) {
                if (e.event() == ClockEvent.CLOSED) {
                    if (status == CaseClock.Status.RUNNING) {
                        status = CaseClock.Status.STOPPED;
                    }
                } else if (rule.starts().contains(e.event())) {
                    status = CaseClock.Status.RUNNING;
                    started = e.when();
                } else if (status == CaseClock.Status.RUNNING && rule.stops().contains(e.event())) {
                    status = CaseClock.Status.STOPPED;
                }
            }
            Optional<Instant> start = Optional.ofNullable(started);
            out.add(new CaseClock(rule, status, start, start.map(s -> rule.window(region).end(s, zone))));
        }
        return out;
    }

    /** The running clock that runs out first. */
    static Optional<CaseClock> nearest(List<CaseClock> clocks) {
        return clocks.stream().filter(CaseClock::running)
                .min(Comparator.comparing(c -> c.due().orElseThrow()));
    }
}
