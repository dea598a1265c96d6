package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.CaseRef;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.ReturnStep;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.CaseClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * /return &lt;case&gt; agreed|shipped|received [text]: records how far the return of the item has come. The step
 * goes on the timeline; the marketplace clocks that declare it start from now (AliExpress: the buyer ships an agreed
 * return within 10 days) or stop (a received return stops that one), and the answer names them with their
 * deadlines. A step already recorded is refused: recording it again would move its clocks' deadlines.
 */
final class ReturnCommand implements CommandHandler {
    static final Param<CaseRef> CASE = Param.caseRef("case");
    static final Param<ReturnStep> STEP = Param.choice("step", ReturnStep.class);
    static final Param<String> TEXT = Param.text("text", 1000).optional();
    static final CommandSpec SPEC = CommandSpec.of("return", Kit.BUNDLE, Section.WORK).params(CASE, STEP, TEXT)
            .example("12 received").build();

    private final Kit kit;
    private final SuggestionLines lines;

    ReturnCommand(Kit kit) {
        this.kit = kit;
        this.lines = new SuggestionLines(kit.texts());
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        Optional<DisputeCase> found = kit.changeableCaseOrHint(turn, args.get(CASE), SPEC);
        if (found.isEmpty()) {
            return;
        }
        DisputeCase c = found.get();
        ReturnStep step = args.get(STEP);
        UiLanguage lang = turn.language();
        Optional<Instant> already = kit.service().returnStepAt(c, step);
        if (already.isPresent()) {
            kit.say(turn, "return.repeated", Kit.ref(c), Glossary.label(lang, step),
                    kit.texts().time(already.get(), turn.zone()));
            return;
        }
        // what ran before, and since when: a clock started now by the case's opening is not started by this step
        Map<String, Optional<Instant>> runningBefore = kit.clocks(c, turn).stream().filter(CaseClock::running)
                .collect(Collectors.toMap(CaseClock::id, CaseClock::started));
        String words = args.find(TEXT).orElse("");
        Optional<DisputeCase> stored = kit.change(turn, c,
                () -> kit.service().returnStep(c, step, words, turn.member(), turn.now()));
        if (stored.isEmpty()) {
            return;
        }
        List<CaseClock> after = kit.clocks(stored.get(), turn);
        List<CaseClock> started = after.stream().filter(CaseClock::running)
                .filter(k -> !k.started().equals(runningBefore.getOrDefault(k.id(), Optional.empty()))).toList();
        List<String> stopped = after.stream().filter(k -> !k.running() && runningBefore.containsKey(k.id()))
                .map(k -> k.name(lang)).toList();
        List<String> out = new ArrayList<>();
        out.add(kit.texts().get(lang, "return.recorded." + step.code(), Kit.ref(c)));
        if (!started.isEmpty()) {
            out.add(kit.texts().get(lang, "return.started"));
            out.add(lines.clocks(lang, started, turn.now(), turn.zone()));
        }
        stopped.forEach(name -> out.add(kit.texts().get(lang, "return.stopped", name)));
        if (started.isEmpty() && stopped.isEmpty()) {
            out.add(kit.texts().get(lang, "return.no.clock"));
        }
        turn.say(String.join("\n", out));
    }
}
