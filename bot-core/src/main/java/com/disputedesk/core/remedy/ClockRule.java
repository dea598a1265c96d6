package com.disputedesk.core.remedy;

import com.disputedesk.core.i18n.LocalText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One of a marketplace's clocks as the playbook declares it: "the seller answers within 5 days of the dispute
 * opening, restarted when the buyer changes the request".
 *
 * @param id       short name, unique in its marketplace ("respond"); reminders and cards name the clock by it
 * @param name     what the team has to do before it runs out, in the team languages given
 * @param window   how long it runs where no region's window applies
 * @param regions  the window per marketplace region code ("TH"), where it differs
 * @param starts   what starts it; a start while it runs starts it again from zero
 * @param stops    what stops it (closing the case always does)
 * @param onMissed what the marketplace does when it runs out, in the team languages given
 * @param verified false when the sources disagree or could not be read
 */
public record ClockRule(String id, LocalText name, ClockWindow window, Map<String, ClockWindow> regions,
                        Set<ClockEvent> starts, Set<ClockEvent> stops, LocalText onMissed, boolean verified) {
    public ClockRule {
        regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions)); // in the playbook's order
        starts = Set.copyOf(starts);
        stops = Set.copyOf(stops);
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("a clock needs something that starts it");
        }
    }

    /** The window for a case in {@code region}: the region's own, else the default one. */
    public ClockWindow window(Optional<String> region) {
        return region.map(regions::get).orElse(window);
    }
}
