package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.CaseClock;
import java.util.List;
import java.util.Optional;

/**
 * /reply &lt;case&gt; changed &lt;what&gt;: the buyer changed the request. Recorded on the timeline; the
 * marketplace clocks that restart on it (AliExpress's 5 days to answer) start again from now, and the answer
 * names them with their new deadlines.
 */
final class RequestChanged {
    private final Kit kit;
    private final CommandSpec spec;
    private final SuggestionLines lines;

    RequestChanged(Kit kit, CommandSpec spec) {
        this.kit = kit;
        this.spec = spec;
        this.lines = new SuggestionLines(kit.texts());
    }

    void record(Turn turn, DisputeCase c, String what) {
        UiLanguage lang = turn.language();
        if (what.isBlank()) {
            turn.say(kit.texts().get(lang, "reply.changed.what") + "\n" + kit.usage(turn, spec));
            return;
        }
        Optional<DisputeCase> stored = kit.change(turn, c,
                () -> kit.service().requestChanged(c, what, turn.member(), turn.now()));
        if (stored.isEmpty()) {
            return;
        }
        List<CaseClock> restarted = kit.clocks(stored.get(), turn).stream()
                .filter(k -> k.running() && k.started().filter(turn.now()::equals).isPresent())
                .toList();
        String recorded = kit.texts().get(lang, "reply.changed.recorded", Kit.ref(c), what.strip());
        turn.say(recorded + "\n" + (restarted.isEmpty() ? kit.texts().get(lang, "reply.changed.none")
                : kit.texts().get(lang, "reply.changed.restarted") + "\n"
                + lines.clocks(lang, restarted, turn.now(), turn.zone())));
    }
}
