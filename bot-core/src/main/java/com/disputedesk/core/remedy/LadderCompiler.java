package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.remedy.Rung.Condition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A reason's ladder: its rungs in order, each with a rule id unique in the ladder, the offer, when it applies
 * and why; the last rung is an unconditional full refund (the last resort).
 */
final class LadderCompiler extends PlaybookSection {
    private final RungAmountCompiler amounts;
    private final LocalTextCompiler texts;

    LadderCompiler(Path file) {
        super(file);
        this.amounts = new RungAmountCompiler(file);
        this.texts = new LocalTextCompiler(file);
    }

    /** The rungs in order; the last must be an unconditional {@code lastResort} (a full refund, or a return). */
    List<Rung> compile(Reason reason, String path, List<Raw.Rung> raw, OfferKind lastResort) {
        List<Rung> rungs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String at = path + "[" + i + "]";
            Raw.Rung r = raw.get(i);
            if (r == null) {
                throw problem(at, "empty rung");
            }
            OfferKind kind = code(at + ".offer", "offer kind", OfferKind.class, text(at + ".offer", r.offer()));
            String id = r.id() == null ? kind.code() : r.id().trim();
            if (!ID.matcher(id).matches()) {
                throw problem(at + ".id", "use lower-case letters, digits and '-', got '" + id + "'");
            }
            if (!ids.add(id)) {
                throw problem(at + ".id", "rule '" + reason.code() + "." + id
                        + "' is already used in this ladder: give this rung its own id");
            }
            rungs.add(new Rung(reason.code() + "." + id, kind, condition(at + ".when", r.when()),
                    amounts.amount(at, kind, r), texts.text(at + ".why", r.why())));
        }
        Rung last = rungs.get(rungs.size() - 1);
        if (last.kind() != lastResort || !last.when().isAlways()) {
            String because = lastResort == OfferKind.FULL_REFUND ? ""
                    : ", as the reason's never-list forbids full-refund";
            throw problem(path + "[" + (rungs.size() - 1) + "]",
                    "the last rung must be a " + lastResort.code() + " without conditions (the last resort" + because
                            + "), got " + last.kind().code() + (last.when().isAlways() ? "" : " with conditions"));
        }
        return List.copyOf(rungs);
    }

    private Condition condition(String path, Raw.When when) {
        if (when == null) {
            return Condition.ALWAYS;
        }
        Set<CarrierStatus> statuses = EnumSet.noneOf(CarrierStatus.class);
        List<String> codes = when.carrierStatus() == null ? List.of() : when.carrierStatus();
        for (int i = 0; i < codes.size(); i++) {
            statuses.add(code(path + ".carrier-status[" + i + "]", "carrier status", CarrierStatus.class, codes.get(i)));
        }
        Set<RequestKind> requests = EnumSet.noneOf(RequestKind.class);
        List<String> asks = when.buyerRequests() == null ? List.of() : when.buyerRequests();
        for (int i = 0; i < asks.size(); i++) {
            requests.add(code(path + ".buyer-requests[" + i + "]", "buyer request", RequestKind.class, asks.get(i)));
        }
        return new Condition(Set.copyOf(statuses), Optional.ofNullable(when.withinPromisedTime()),
                Set.copyOf(requests));
    }
}
