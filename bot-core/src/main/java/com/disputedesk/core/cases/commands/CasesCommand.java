package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.ChoiceHandler;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.CaseDeadlines;
import com.disputedesk.core.cases.CaseFilter;
import com.disputedesk.core.cases.CaseListing;
import com.disputedesk.core.cases.CaseQueries;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.CaseClock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * /cases [open|awaiting|overdue|mine|closed] [page] [days]: one line per case, a page at a time, most urgent first
 * (nearest running deadline on top, so overdue cases lead); closed cases latest closed first, optionally within
 * days ("2026-03", "2026-03-01..2026-03-15"). Previous / next buttons turn the pages.
 */
final class CasesCommand implements CommandHandler, ChoiceHandler {
    /** How many lines one page shows. */
    static final int SHOWN = 20;
    /** Counting stops here: "1000+" says enough, and counting a million index entries would not be quick. */
    static final int COUNT_CAP = 1000;
    static final int MAX_PAGE = 100_000;
    private static final String PREFIX = "cases";

    static final Param<CaseFilter> FILTER = Param.choice("filter", CaseFilter.class).optional();
    static final Param<Integer> PAGE = Param.integer("page", 1, MAX_PAGE).optional();
    static final Param<DayRange> DAYS = Param.word("days", DayRange::parse, DayRange.MAX_LENGTH).optional();
    static final CommandSpec SPEC = CommandSpec.of("cases", Kit.BUNDLE, Section.CASES).params(FILTER, PAGE, DAYS)
            .example("overdue").build();

    private final Kit kit;
    private final CaseQueries queries;
    private final CaseDeadlines deadlines;

    CasesCommand(Kit kit, CaseQueries queries, CaseDeadlines deadlines) {
        this.kit = kit;
        this.queries = queries;
        this.deadlines = deadlines;
    }

    /** One page of one list: what the command and its buttons show. */
    private record Request(CaseFilter filter, int page, Optional<DayRange> days) {
        /** The button id that shows page {@code p} of this list ("cases:closed:2:2026-03-01..2026-03-31"). */
        String choiceId(int p) {
            return PREFIX + ":" + filter.code() + ":" + p + days.map(d -> ":" + d.typed()).orElse("");
        }

        static Optional<Request> parse(String payload) {
            String[] parts = payload.split(":", 3);
            if (parts.length < 2 || !parts[1].chars().allMatch(Character::isDigit) || parts[1].length() > 6) {
                return Optional.empty();
            }
            Optional<CaseFilter> filter = Coded.parse(CaseFilter.class, parts[0]);
            Optional<DayRange> days = parts.length == 3 ? DayRange.parse(parts[2]) : Optional.empty();
            int page = Integer.parseInt(parts[1]);
            if (filter.isEmpty() || page < 1 || (parts.length == 3 && days.isEmpty())) {
                return Optional.empty();
            }
            return Optional.of(new Request(filter.get(), page, days));
        }
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        CaseFilter filter = args.find(FILTER).orElse(CaseFilter.OPEN);
        Optional<DayRange> days = args.find(DAYS);
        if (days.isPresent() && filter != CaseFilter.CLOSED) {
            turn.say(kit.usage(turn, SPEC));
            return;
        }
        show(turn, new Request(filter, args.find(PAGE).orElse(1), days));
    }

    @Override
    public void handle(Turn turn, String payload) {
        Request.parse(payload).ifPresent(r -> show(turn, r));
    }

    private void show(Turn turn, Request r) {
        UiLanguage lang = turn.language();
        String team = turn.team().id();
        // cases stored without a deadline (by an older version) get theirs first; finds nothing once all have one
        deadlines.catchUp();
        CaseListing listing = listing(r, turn);
        List<DisputeCase> rows = queries.page(team, listing, (r.page() - 1) * SHOWN, SHOWN + 1);
        String name = Glossary.label(lang, r.filter());
        if (rows.isEmpty()) {
            if (r.page() == 1) {
                kit.say(turn, "cases.empty." + r.filter().code());
            } else {
                kit.say(turn, "cases.no.page", name, Integer.toString(r.page()));
            }
            return;
        }
        int counted = queries.countUpTo(team, listing, COUNT_CAP + 1);
        String count = counted > COUNT_CAP ? COUNT_CAP + "+" : Integer.toString(counted);
        StringBuilder out = new StringBuilder(kit.texts().get(lang, "cases.header", name, count));
        boolean more = rows.size() > SHOWN;
        if (r.page() > 1 || more) {
            out.append(' ').append(kit.texts().get(lang, "cases.page", Integer.toString(r.page())));
        }
        rows.stream().limit(SHOWN).forEach(c -> out.append('\n').append(line(kit, turn, c)));
        List<Choice> buttons = new ArrayList<>();
        if (r.page() > 1) {
            buttons.add(new Choice(r.choiceId(r.page() - 1), kit.texts().get(lang, "cases.previous")));
        }
        if (more) {
            buttons.add(new Choice(r.choiceId(r.page() + 1), kit.texts().get(lang, "cases.next")));
        }
        turn.say(Reply.text(out.toString()).withChoices(buttons));
    }

    private static CaseListing listing(Request r, Turn turn) {
        switch (r.filter()) {
            case AWAITING:
                return new CaseListing.Awaiting();
            case OVERDUE:
                return new CaseListing.Overdue(turn.now());
            case MINE:
                return new CaseListing.Mine(turn.member().key());
            case CLOSED:
                return r.days().orElse(DayRange.ALL).listing(turn.zone());
            case OPEN:
            default:
                return new CaseListing.Open();
        }
    }

    /** One case as a list line: number, marketplace, order id, reason, state, deadline or outcome, owner. */
    static String line(Kit kit, Turn turn, DisputeCase c) {
        UiLanguage lang = turn.language();
        Texts t = kit.texts();
        String market = kit.remedies().marketplace(c.facts().marketplace()).map(m -> m.name())
                .orElse(c.facts().marketplace());
        String due;
        if (c.state() == CaseState.CLOSED) {
            due = c.outcome().map(o -> Glossary.label(lang, o)).orElse("-");
        } else {
            // the nearest clock running now: an offer stops the clock to answer, a return starts its own
            Optional<CaseClock> nearest = kit.clocks(c, turn).stream().filter(CaseClock::running)
                    .min(Comparator.comparing(k -> k.due().orElseThrow()));
            due = nearest.map(k -> t.dueIn(lang, k.left(turn.now()))).orElse("-");
        }
        String owner = c.owner().map(o -> o.displayName()).orElse(t.get(lang, "owner.none"));
        return String.join(" · ", c.number().toString(), market, c.facts().orderId(),
                Glossary.label(lang, c.facts().reason()), Glossary.label(lang, c.state()), due, owner);
    }
}
