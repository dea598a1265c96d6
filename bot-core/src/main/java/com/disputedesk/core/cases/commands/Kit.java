package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.CaseRef;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.CommandTexts;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.CaseFinder;
import com.disputedesk.core.cases.CaseService;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.evidence.EvidenceStore;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.remedy.CaseClock;
import com.disputedesk.core.remedy.CaseHistory;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.remedy.Suggestion;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the command handlers share: the ports they work on and the words they answer with. */
record Kit(CaseStore cases, EvidenceStore evidence, Remedies remedies, CaseService service, CaseFinder finder,
           Texts texts, CommandTexts commandTexts, CaseAmounts amounts) {
    /** The message bundle holding the words of these commands. */
    static final String BUNDLE = "commands";

    private static final Logger log = LoggerFactory.getLogger(Kit.class);

    /** Answers with the message {@code key} in the team's language. */
    void say(Turn turn, String key, Object... args) {
        turn.say(texts.get(turn.language(), key, args));
    }

    /** The generated one-line usage of a command. */
    String usage(Turn turn, CommandSpec spec) {
        return commandTexts.usage(spec, turn.language());
    }

    /** The case {@code ref} names in the member's team; when none, answers with a one-line hint and gives empty. */
    Optional<DisputeCase> caseOrHint(Turn turn, CaseRef ref, CommandSpec spec) {
        Optional<DisputeCase> found = finder.find(turn.team().id(), ref.typed());
        if (found.isEmpty()) {
            say(turn, "case.unknown", ref.typed(), usage(turn, spec));
        }
        return found;
    }

    /** The case named by {@code ref} if it is still open to change; otherwise says why not and is empty. */
    Optional<DisputeCase> changeableCaseOrHint(Turn turn, CaseRef ref, CommandSpec spec) {
        Optional<DisputeCase> found = caseOrHint(turn, ref, spec);
        if (found.isPresent() && found.get().state() == CaseState.CLOSED) {
            sayRefused(turn, found.get(), CaseService.Rule.CLOSED);
            return Optional.empty();
        }
        return found;
    }

    /**
     * The remedy suggestion for a stored case; empty (and logged) when the playbook no longer knows its marketplace,
     * so a changed playbook never makes an old case unreadable.
     */
    Optional<Suggestion> suggestion(DisputeCase c, Turn turn) {
        if (remedies.marketplace(c.facts().marketplace()).isEmpty()) {
            log.warn("no suggestion for case {} of team {}: the playbook has no marketplace {}", c.number(), c.team(),
                    c.facts().marketplace());
            return Optional.empty();
        }
        return Optional.of(remedies.suggest(c.facts(), turn.zone()));
    }

    /**
     * The marketplace clocks of a stored case after its history, in the team's zone; empty when the playbook no
     * longer knows its marketplace.
     */
    List<CaseClock> clocks(DisputeCase c, Turn turn) {
        if (remedies.marketplace(c.facts().marketplace()).isEmpty()) {
            return List.of();
        }
        return remedies.clocks(c.facts(), CaseHistory.events(cases.timeline(c.id())), turn.zone());
    }

    /** Says why a change to case {@code c} was refused; nothing was stored. */
    void sayRefused(Turn turn, DisputeCase c, CaseService.Rule rule) {
        String ref = ref(c);
        switch (rule) {
            case CLOSED:
                say(turn, "refused.closed", ref, c.outcome().map(o -> Glossary.label(turn.language(), o)).orElse("-"));
                break;
            case NO_PENDING_OFFER:
                say(turn, "refused.no.pending", ref);
                break;
            case WRONG_CURRENCY:
                say(turn, "refused.currency", ref, c.facts().orderAmount().currency().getCurrencyCode());
                break;
            case NEGATIVE_AMOUNT:
                say(turn, "refused.negative");
                break;
            case NO_AMOUNT_FOR_OUTCOME:
                say(turn, "refused.no.amount", c.outcome().map(o -> Glossary.label(turn.language(), o)).orElse("-"));
                break;
            case PARTIAL_NEEDS_AMOUNT:
                say(turn, "close.amount.needed", ref, c.facts().orderAmount().currency().getCurrencyCode());
                break;
            case PARTIAL_NOT_PARTIAL:
                say(turn, "refused.partial", c.facts().orderAmount().toString(), ref);
                break;
            case FULL_REFUND_DIFFERS:
                say(turn, "refused.full.differs", c.facts().orderAmount().toString());
                break;
            case COST_NOT_POSITIVE:
                say(turn, "refused.cost.zero");
                break;
            case RETURN_STEP_REPEATED:
                say(turn, "refused.return.repeated", ref);
                break;
            case REFUND_OVER_ORDER:
            default:
                say(turn, "refused.over.order", c.facts().orderAmount().toString());
                break;
        }
    }

    /** Someone changed the case between reading and writing it: nothing of this turn was stored. */
    private void sayChanged(Turn turn, DisputeCase c) {
        say(turn, "case.changed", ref(c));
    }

    /**
     * Makes a change to {@code c} through the case service. When another member changed the case first, or a rule
     * refuses the change, the member is told why and nothing is stored.
     *
     * @return the changed case, or empty when nothing changed
     */
    Optional<DisputeCase> change(Turn turn, DisputeCase c, Supplier<DisputeCase> change) {
        try {
            return Optional.of(change.get());
        } catch (CaseStore.ConcurrentCaseUpdate e) {
            sayChanged(turn, c);
        } catch (CaseService.Refused e) {
            sayRefused(turn, c, e.rule());
        }
        return Optional.empty();
    }

    /** The case number as members type it after a command ("12"). */
    static String ref(DisputeCase c) {
        return Integer.toString(c.number().value());
    }
}
