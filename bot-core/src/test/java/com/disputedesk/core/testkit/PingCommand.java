package com.disputedesk.core.testkit;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.CaseRef;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.kernel.Coded;
import java.util.List;

/**
 * A command added the way a new feature adds one: this handler and the lines of its bundle
 * ({@code i18n/fixture_*.properties}), nothing else. Tests show it reaches every surface.
 */
public final class PingCommand implements CommandHandler {
    public static final Param<CaseRef> CASE = Param.caseRef("case");
    public static final Param<Integer> TIMES = Param.integer("times", 1, 5);
    public static final Param<Tone> TONE = Param.choice("tone", Tone.class).optional();
    public static final CommandSpec SPEC = CommandSpec.of("ping", "fixture", Section.QUICK).params(CASE, TIMES, TONE)
            .example("12 2 loud").build();

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        turn.say("pong " + args.get(CASE).typed() + " x" + args.get(TIMES) + args.find(TONE).map(t -> " " + t.code())
                .orElse(""));
    }

    /** How to ping. */
    public enum Tone implements Coded {
        SOFT("soft"),
        LOUD("loud");

        private final String code;

        Tone(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
