package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.ChoiceHandler;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandRun;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Conversation;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.BuyerAnswer;
import com.disputedesk.core.cases.CaseService;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.SentOffer;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.Suggestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The buttons of a case card and what pressing them does. Each press that changes the case runs the command a
 * member would type (/claim, /unassign, /offer, /reply, /close) through {@link CommandRun}, so it is refused,
 * explained and recorded exactly as the typed command is. Send offer and Close open a list to pick from (the
 * case's ladder, the outcomes); a counter-offer and an outcome that needs an amount ask for it as typed text.
 */
final class CardButtons implements ChoiceHandler {
    /** The outcomes whose amount only the member knows: asked before closing. */
    private static final Set<Outcome> ASK_AMOUNT = EnumSet.of(Outcome.PARTIAL_REFUND, Outcome.ESCALATED_LOST);
    /** A select shows at most 25 options; ladders stay far shorter. */
    private static final int MAX_OPTIONS = 25;

    private final Kit kit;
    private final CommandRun run;
    private final CommandHandler ownership;
    private final OfferCommand offer;
    private final ReplyCommand reply;
    private final CloseCommand close;
    private final CardQuestions questions;
    private final SuggestionLines lines;

    CardButtons(Kit kit, CommandHandler ownership, OfferCommand offer, ReplyCommand reply, CloseCommand close,
                Conversation next) {
        this.kit = kit;
        this.run = new CommandRun(kit.commandTexts());
        this.ownership = ownership;
        this.offer = offer;
        this.reply = reply;
        this.close = close;
        this.questions = new CardQuestions(next);
        this.lines = new SuggestionLines(kit.texts());
    }

    /** The dialogs behind the questions these buttons ask: what reads the members' plain messages. */
    Conversation conversation() {
        return questions;
    }

    /**
     * The buttons a card of {@code c} carries, by its state: Claim (or Unclaim when someone owns it), Send offer,
     * Buyer replied (while an offer waits for the buyer), Add evidence, Close. A closed case has none.
     */
    static List<Choice> choices(Kit kit, UiLanguage lang, DisputeCase c) {
        if (c.state() == CaseState.CLOSED) {
            return List.of();
        }
        int n = c.number().value();
        List<Choice> out = new ArrayList<>();
        out.add(c.owner().isPresent() ? new CardButton.Unclaim(n).choice(label(kit, lang, "unclaim"))
                : new CardButton.Claim(n).choice(label(kit, lang, "claim")));
        out.add(new CardButton.Offers(n).choice(label(kit, lang, "offer")));
        if (c.state() == CaseState.AWAITING_BUYER) {
            out.add(new CardButton.Replied(n).choice(label(kit, lang, "replied")));
        }
        out.add(new CardButton.Evidence(n).choice(label(kit, lang, "evidence")));
        out.add(new CardButton.Outcomes(n).choice(label(kit, lang, "close")));
        return out;
    }

    @Override
    public String prefix() {
        return CardButton.PREFIX;
    }

    @Override
    public void handle(Turn turn, String payload) {
        Optional<CardButton> parsed = CardButton.parsePayload(payload);
        if (parsed.isEmpty()) {
            kit.say(turn, "card.button.stale");
            return;
        }
        CardButton b = parsed.get();
        String ref = Integer.toString(b.caseNumber());
        if (b instanceof CardButton.Claim) {
            run.run(turn, OwnershipCommands.CLAIM, ownership, List.of(ref));
        } else if (b instanceof CardButton.Unclaim) {
            run.run(turn, OwnershipCommands.UNASSIGN, ownership, List.of(ref));
        } else if (b instanceof CardButton.Offer o) {
            run.run(turn, OfferCommand.SPEC, offer, List.of(ref, Integer.toString(o.rank())));
        } else if (b instanceof CardButton.Answer a) {
            answer(turn, ref, a.answer());
        } else if (b instanceof CardButton.CloseAs c) {
            closeAs(turn, ref, c.outcome());
        } else if (b instanceof CardButton.Evidence) {
            kit.say(turn, "card.evidence.how", ref);
        } else if (b instanceof CardButton.Offers) {
            changeable(turn, ref, OfferCommand.SPEC).ifPresent(c -> ladder(turn, c));
        } else if (b instanceof CardButton.Replied) {
            changeable(turn, ref, ReplyCommand.SPEC).ifPresent(c -> answers(turn, c));
        } else if (b instanceof CardButton.Outcomes) {
            changeable(turn, ref, CloseCommand.SPEC).ifPresent(c -> outcomes(turn, c));
        }
    }

    /** The case a list is about, refused as the command would refuse it (unknown, closed). */
    private Optional<DisputeCase> changeable(Turn turn, String ref, CommandSpec spec) {
        return kit.changeableCaseOrHint(turn, new com.disputedesk.core.bot.CaseRef(ref), spec);
    }

    private void ladder(Turn turn, DisputeCase c) {
        UiLanguage lang = turn.language();
        Optional<Suggestion> s = kit.suggestion(c, turn);
        if (s.isEmpty()) {
            kit.say(turn, "suggestion.unavailable", c.facts().marketplace());
            return;
        }
        List<Choice> rungs = s.get().offers().stream().limit(MAX_OPTIONS)
                .map(o -> new CardButton.Offer(c.number().value(), o.rank()).choice(lines.offer(lang, o))).toList();
        turn.say(Reply.text(kit.texts().get(lang, "card.ask.offer", Kit.ref(c))).withSelect(rungs));
    }

    private void answers(Turn turn, DisputeCase c) {
        Optional<SentOffer> pending = kit.service().pendingOffer(c);
        if (pending.isEmpty()) {
            kit.sayRefused(turn, c, CaseService.Rule.NO_PENDING_OFFER);
            return;
        }
        UiLanguage lang = turn.language();
        List<Choice> answers = Arrays.stream(BuyerAnswer.values()).filter(a -> a != BuyerAnswer.CHANGED)
                .map(a -> new CardButton.Answer(c.number().value(), a).choice(Glossary.label(lang, a))).toList();
        turn.say(Reply.text(kit.texts().get(lang, "card.ask.reply", Kit.ref(c),
                Integer.toString(pending.get().rank()))).withChoices(answers));
    }

    private void outcomes(Turn turn, DisputeCase c) {
        UiLanguage lang = turn.language();
        List<Choice> outcomes = Arrays.stream(Outcome.values())
                .map(o -> new CardButton.CloseAs(c.number().value(), o).choice(Glossary.label(lang, o))).toList();
        turn.say(Reply.text(kit.texts().get(lang, "card.ask.close", Kit.ref(c))).withSelect(outcomes));
    }

    /** Accepted and rejected are recorded at once; a counter first asks for the buyer's words. */
    private void answer(Turn turn, String ref, BuyerAnswer answer) {
        if (answer != BuyerAnswer.COUNTER) {
            run.run(turn, ReplyCommand.SPEC, reply, List.of(ref, answer.code()));
            return;
        }
        // asked only about a case the /reply would take: an unknown or closed case, or no pending offer, says so
        Optional<DisputeCase> c = changeable(turn, ref, ReplyCommand.SPEC);
        if (c.isEmpty()) {
            return;
        }
        if (kit.service().pendingOffer(c.get()).isEmpty()) {
            kit.sayRefused(turn, c.get(), CaseService.Rule.NO_PENDING_OFFER);
            return;
        }
        questions.ask(turn, (t, typed) -> run.run(t, ReplyCommand.SPEC, reply,
                words(ref, BuyerAnswer.COUNTER.code(), typed)));
        turn.say(Reply.prompt(kit.texts().get(turn.language(), "card.ask.counter", ref,
                c.get().facts().orderAmount().currency().getCurrencyCode()), List.of()));
    }

    /** An outcome without an amount to ask closes at once; a partial refund or a lost escalation asks it first. */
    private void closeAs(Turn turn, String ref, Outcome outcome) {
        if (!ASK_AMOUNT.contains(outcome)) {
            run.run(turn, CloseCommand.SPEC, close, List.of(ref, outcome.code()));
            return;
        }
        Optional<DisputeCase> c = changeable(turn, ref, CloseCommand.SPEC);
        if (c.isEmpty()) {
            return;
        }
        questions.ask(turn, (t, typed) -> run.run(t, CloseCommand.SPEC, close, words(ref, outcome.code(), typed)));
        turn.say(Reply.prompt(kit.texts().get(turn.language(), "card.ask.amount", ref,
                Glossary.label(turn.language(), outcome), c.get().facts().orderAmount().currency().getCurrencyCode()),
                List.of()));
    }

    /** The words of a command line: the fixed ones, then what the member typed, split as typing splits it. */
    private static List<String> words(String ref, String what, String typed) {
        List<String> out = new ArrayList<>(List.of(ref, what));
        String t = typed.strip();
        if (!t.isEmpty()) {
            out.addAll(Arrays.asList(t.split("\\s+")));
        }
        return out;
    }

    private static String label(Kit kit, UiLanguage lang, String button) {
        return kit.texts().get(lang, "card.button." + button);
    }
}
