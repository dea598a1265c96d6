package com.disputedesk.core.intake;

import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.home.CaseHomes;
import com.disputedesk.core.dialog.DialogSpec;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.remedy.Marketplace;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.remedy.Suggestion;
import com.disputedesk.core.remedy.SuggestionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What confirming the intake does: stores the case with its first timeline (one line per answered question,
 * then "created"), says its number, and shows the remedy suggestion at once. An order the team has an open case
 * for is refused with a link to it (checked again here, as another member may have opened one meanwhile); an
 * order whose case is closed reopens that case instead, with the new facts.
 */
public final class OpenCase implements DialogSpec.Completion {
    private static final Logger log = LoggerFactory.getLogger(OpenCase.class);

    private final CaseStore cases;
    private final Remedies remedies;
    private final SuggestionView view = new SuggestionView();
    private final Messages messages = new Messages("intake");
    private final Messages homeMessages = new Messages("home");
    private final Optional<CaseHomes> homes;
    private final Optional<IntakeSources> sources;

    public OpenCase(CaseStore cases, Remedies remedies) {
        this(cases, remedies, Optional.empty());
    }

    /** @param homes opens each confirmed case's thread or topic, where its suggestion then goes */
    public OpenCase(CaseStore cases, Remedies remedies, Optional<CaseHomes> homes) {
        this(cases, remedies, Optional.empty(), homes);
    }

    /**
     * @param sources the messages intakes were opened from: a confirmed case's timeline links to its own
     * @param homes   opens each confirmed case's thread or topic, where its suggestion then goes
     */
    public OpenCase(CaseStore cases, Remedies remedies, Optional<IntakeSources> sources, Optional<CaseHomes> homes) {
        this.cases = cases;
        this.remedies = remedies;
        this.sources = sources;
        this.homes = homes;
    }

    @Override
    public void complete(Turn turn, DialogSpec.Confirmed confirmed) {
        CaseFacts facts = IntakeFacts.from(confirmed.answers(), turn.now(), turn.zone());
        String actor = turn.member().key() + " " + turn.member().displayName();
        List<TimelineEntry> entries = new ArrayList<>();
        for (DialogSpec.Line line : confirmed.lines()) {
            if (line.answered()) {
                entries.add(new TimelineEntry(turn.now(), actor, TimelineEntry.Kind.INTAKE,
                        line.label() + ": " + line.shown()));
            }
        }
        sources.flatMap(s -> s.take(turn)).ifPresent(link -> entries.add(new TimelineEntry(turn.now(), actor,
                TimelineEntry.Kind.NOTE, messages.get(turn.language(), "timeline.source", link))));
        // checked again here: another member may have opened (or closed) a case for the order meanwhile
        Optional<DisputeCase> existing = cases.forOrder(turn.team().id(), facts.marketplace(), facts.orderId());
        if (existing.isPresent() && existing.get().state() != CaseState.CLOSED) {
            turn.say(messages.get(turn.language(), "case.exists", existing.get().number().value()));
            return;
        }
        DisputeCase created;
        String opened;
        try {
            if (existing.isPresent()) {
                created = reopen(existing.get(), facts, entries, turn, actor);
                opened = "case.reopened";
            } else {
                entries.add(new TimelineEntry(turn.now(), actor, TimelineEntry.Kind.CREATED,
                        messages.get(turn.language(), "timeline.created")));
                created = cases.create(new NewCase(turn.team().id(), facts, turn.member(), turn.chat(), turn.now()),
                        entries);
                opened = "case.opened";
            }
        } catch (CaseStore.OrderAlreadyOpen e) {
            turn.say(messages.get(turn.language(), "case.exists", e.open().value()));
            return;
        } catch (CaseStore.ConcurrentCaseUpdate e) {
            turn.say(messages.get(turn.language(), "case.exists", existing.orElseThrow().number().value()));
            return;
        }
        String market = remedies.marketplace(facts.marketplace()).map(Marketplace::name).orElse(facts.marketplace());
        String reason = Glossary.label(turn.language(), facts.reason());
        Optional<CaseHomes.Opened> home = homes.flatMap(h -> h.open(turn, created, market));
        String said = messages.get(turn.language(), opened, created.number().toString(), market, facts.orderId(), reason);
        if (home.isPresent()) {
            // a group without threads keeps the case as replies to its card, which has no name to show
            said += "\n" + (home.get().place().anchored()
                    ? homeMessages.get(turn.language(), "home.anchored", created.number().toString())
                    : homeMessages.get(turn.language(), "home.opened", created.number().toString(),
                    home.get().name()));
        }
        turn.say(said);
        // the live card opens the case's home, pinned; the suggestion follows it
        home.ifPresent(h -> homes.get().showCardInTurn(turn, created));
        // in its home the suggestion starts the case's own history; without one it answers the confirm
        java.util.function.Consumer<Reply> inHome = home.<java.util.function.Consumer<Reply>>map(
                h -> r -> turn.outbox().send(new Outgoing(h.place(), r, Optional.empty())))
                .orElse(turn::say);
        try {
            Suggestion suggestion = remedies.suggest(facts, turn.zone());
            String title = messages.get(turn.language(), "suggestion.title", created.number().toString(), reason,
                    market);
            inHome.accept(Reply.text(messages.get(turn.language(), "suggestion.intro"))
                    .withCard(view.render(title, suggestion, turn.language(), turn.zone(), turn.now())));
        } catch (RuntimeException e) {
            // The case is stored: a failing suggestion must not make the member confirm (and store) it twice.
            log.error("suggestion for case {} of team {} failed", created.number(), created.team(), e);
            turn.say(messages.get(turn.language(), "case.suggestion.unavailable", created.number().value()));
        }
    }

    /**
     * Opens the closed case of the order again with the new intake's facts (its deadline runs from the new opening
     * day): one "reopened" line, then the new answers, on its timeline.
     */
    private DisputeCase reopen(DisputeCase closed, CaseFacts facts, List<TimelineEntry> answers, Turn turn,
                               String actor) {
        DisputeCase reopened = cases.update(closed.reopened(facts), new TimelineEntry(turn.now(), actor,
                TimelineEntry.Kind.REOPENED, messages.get(turn.language(), "timeline.reopened")));
        for (TimelineEntry e : answers) {
            cases.append(reopened.id(), e);
        }
        return reopened;
    }
}
