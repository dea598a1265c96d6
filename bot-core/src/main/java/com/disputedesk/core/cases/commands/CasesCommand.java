package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.CaseFilter;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.Deadline;
import com.disputedesk.core.remedy.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** /cases [open|awaiting|overdue|mine]: one line per case not closed, newest first. */
final class CasesCommand implements CommandHandler {
    /** How many open cases are looked at; a team with more has bigger problems than this list. */
    private static final int SCAN_LIMIT = 1000;
    /** How many lines one answer shows; the rest is counted. */
    static final int SHOWN = 30;

    static final Param<CaseFilter> FILTER = Param.choice("filter", CaseFilter.class).optional();
    static final CommandSpec SPEC = CommandSpec.of("cases", Kit.BUNDLE, Section.CASES).params(FILTER)
            .example("overdue").build();

    private final Kit kit;

    CasesCommand(Kit kit) {
        this.kit = kit;
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        Optional<CaseFilter> filter = Optional.of(args.find(FILTER).orElse(CaseFilter.OPEN));
        UiLanguage lang = turn.language();
        List<String> lines = new ArrayList<>();
        for (DisputeCase c : kit.cases().open(turn.team().id(), SCAN_LIMIT)) {
            if (c.state() == CaseState.CLOSED) {
                continue;
            }
            Optional<Deadline> deadline = kit.suggestion(c, turn).map(Suggestion::deadline);
            if (matches(filter.get(), c, deadline, turn)) {
                lines.add(line(turn, c, deadline));
            }
        }
        String name = Glossary.label(lang, filter.get());
        if (lines.isEmpty()) {
            kit.say(turn, "cases.empty", name);
            return;
        }
        StringBuilder out = new StringBuilder(kit.texts().get(lang, "cases.header", name,
                Integer.toString(lines.size())));
        lines.stream().limit(SHOWN).forEach(l -> out.append('\n').append(l));
        if (lines.size() > SHOWN) {
            out.append('\n').append(kit.texts().get(lang, "cases.more", Integer.toString(lines.size() - SHOWN)));
        }
        turn.say(out.toString());
    }

    private static boolean matches(CaseFilter filter, DisputeCase c, Optional<Deadline> deadline, Turn turn) {
        switch (filter) {
            case AWAITING:
                return c.state() == CaseState.AWAITING_BUYER;
            case OVERDUE:
                return deadline.isPresent() && deadline.get().due().isBefore(turn.now());
            case MINE:
                return c.owner().isPresent() && c.owner().get().key().equals(turn.member().key());
            case OPEN:
            default:
                return true;
        }
    }

    private String line(Turn turn, DisputeCase c, Optional<Deadline> deadline) {
        UiLanguage lang = turn.language();
        Texts t = kit.texts();
        String market = kit.remedies().marketplace(c.facts().marketplace()).map(m -> m.name())
                .orElse(c.facts().marketplace());
        String due = deadline.map(d -> t.dueIn(lang, d.left(turn.now()))).orElse("-");
        String owner = c.owner().map(o -> o.displayName()).orElse(t.get(lang, "owner.none"));
        return String.join(" · ", c.number().toString(), market, c.facts().orderId(),
                Glossary.label(lang, c.facts().reason()), Glossary.label(lang, c.state()), due, owner);
    }
}
