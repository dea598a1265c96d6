package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.ReturnStep;
import com.disputedesk.core.cases.SentOffer;
import com.disputedesk.core.cases.TimelineEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's timeline read as the events that start and stop marketplace clocks. The opening is not among them:
 * it is the moment in the case facts, not when the case was typed in. A reopened case's history starts at its
 * reopening.
 */
public final class CaseHistory {
    /** The BUYER_REPLIED line {@code CaseService} writes: "buyer rejected offer 2: ...". */
    private static final Pattern REPLY = Pattern.compile("^buyer ([a-z-]+) offer (\\d+).*", Pattern.DOTALL);

    private CaseHistory() {
    }

    /** The clock events of {@code timeline}, in its order. */
    public static List<ClockEvent.At> events(List<TimelineEntry> timeline) {
        List<ClockEvent.At> out = new ArrayList<>();
        Map<Integer, OfferKind> sent = new HashMap<>();
        for (TimelineEntry e : timeline) {
            switch (e.kind()) {
                case OFFER_SENT -> {
                    SentOffer.parse(e.text()).ifPresent(o -> sent.put(o.rank(), o.kind()));
                    out.add(ClockEvent.OFFER_SENT.at(e.at()));
                }
                case BUYER_REPLIED -> {
                    out.add(ClockEvent.BUYER_REPLIED.at(e.at()));
                    Matcher m = REPLY.matcher(e.text());
                    if (m.matches()) {
                        Optional<OfferKind> kind = Optional.ofNullable(sent.get(Integer.parseInt(m.group(2))));
                        if (m.group(1).equals("rejected")) {
                            out.add(ClockEvent.OFFER_REJECTED.at(e.at()));
                        } else if (m.group(1).equals("accepted")
                                && kind.filter(k -> k == OfferKind.RETURN_AND_REFUND).isPresent()) {
                            out.add(ClockEvent.RETURN_AGREED.at(e.at()));
                        }
                    }
                }
                case REQUEST_CHANGED -> out.add(ClockEvent.REQUEST_CHANGED.at(e.at()));
                case RETURN -> ReturnStep.parse(e.text()).ifPresent(r -> out.add(switch (r.step()) {
                    case AGREED -> ClockEvent.RETURN_AGREED.at(e.at());
                    case SHIPPED -> ClockEvent.RETURN_SHIPPED.at(e.at());
                    case RECEIVED -> ClockEvent.RETURN_RECEIVED.at(e.at());
                }));
                case CLOSED -> out.add(ClockEvent.CLOSED.at(e.at()));
                case REOPENED -> {
                    // a reopened case starts over from its new intake: what happened before (the close included)
                    // no longer runs or stops any clock
                    out.clear();
                    sent.clear();
                }
                default -> {
                    // intake lines, evidence, assignments, notes and reminders start or stop no clock
                }
            }
        }
        return out;
    }
}
