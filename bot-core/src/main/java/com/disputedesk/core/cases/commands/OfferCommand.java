package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.BadInput;
import com.disputedesk.core.bot.CaseRef;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.remedy.Offer;
import com.disputedesk.core.remedy.Suggestion;
import java.util.List;
import java.util.Optional;

/** /offer &lt;case&gt; &lt;offer number&gt;: records a rung of the ladder as sent; the case waits for the buyer. */
final class OfferCommand implements CommandHandler {
    static final Param<CaseRef> CASE = Param.caseRef("case");
    /** Ladders stay far shorter; a larger number is no offer. */
    static final Param<Integer> OFFER = Param.integer("offer", 1, 20);
    static final CommandSpec SPEC = CommandSpec.of("offer", Kit.BUNDLE, Section.WORK).params(CASE, OFFER)
            .example("12 1").build();

    private final Kit kit;
    private final SuggestionLines lines;

    OfferCommand(Kit kit) {
        this.kit = kit;
        this.lines = new SuggestionLines(kit.texts());
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    /** A number that is no offer is told with the case's ladder, so the member sees which numbers there are. */
    @Override
    public boolean explain(Turn turn, Arguments parsed, BadInput bad) {
        if (!bad.concerns(OFFER)) {
            return false;
        }
        kit.changeableCaseOrHint(turn, parsed.get(CASE), SPEC).ifPresent(c -> noSuchOffer(turn, c, bad.typed()));
        return true;
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        Optional<DisputeCase> found = kit.changeableCaseOrHint(turn, args.get(CASE), SPEC);
        if (found.isEmpty()) {
            return;
        }
        DisputeCase c = found.get();
        Optional<Suggestion> suggestion = kit.suggestion(c, turn);
        if (suggestion.isEmpty()) {
            kit.say(turn, "suggestion.unavailable", c.facts().marketplace());
            return;
        }
        List<Offer> ladder = suggestion.get().offers();
        int rank = args.get(OFFER);
        Optional<Offer> offer = ladder.stream().filter(o -> o.rank() == rank).findFirst();
        if (offer.isEmpty()) {
            noSuchOffer(turn, c, Integer.toString(rank));
            return;
        }
        if (kit.change(turn, c, () -> kit.service().offerSent(c, offer.get().sent(), turn.member(), turn.now())).isEmpty()) {
            return;
        }
        kit.say(turn, "offer.recorded", Kit.ref(c), lines.offer(turn.language(), offer.get()));
    }

    private void noSuchOffer(Turn turn, DisputeCase c, String typed) {
        int rungs = kit.suggestion(c, turn).map(s -> s.offers().size()).orElse(0);
        kit.say(turn, "offer.unknown", typed, Kit.ref(c), Integer.toString(rungs), kit.usage(turn, SPEC));
    }
}
