package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.CaseSearch;
import com.disputedesk.core.cases.DisputeCase;
import java.util.List;

/** /find &lt;text&gt;: open cases by number, order id or buyer name, best match first, one line each. */
final class FindCommand implements CommandHandler {
    /** Lines one answer shows. */
    static final int SHOWN = 10;
    private static final int MAX_TEXT = 100;

    static final Param<String> TEXT = Param.text("text", MAX_TEXT);
    static final CommandSpec SPEC = CommandSpec.of("find", Kit.BUNDLE, Section.CASES).params(TEXT).example("rosa")
            .build();

    private final Kit kit;
    private final CaseSearch search;

    FindCommand(Kit kit, CaseSearch search) {
        this.kit = kit;
        this.search = search;
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        String text = args.get(TEXT).strip();
        List<DisputeCase> found = search.openMatching(turn.team().id(), text, SHOWN);
        if (found.isEmpty()) {
            kit.say(turn, "find.none", text);
            return;
        }
        StringBuilder out = new StringBuilder(kit.texts().get(turn.language(), "find.header", text));
        found.forEach(c -> out.append('\n').append(CasesCommand.line(kit, turn, c)));
        turn.say(out.toString());
    }
}
