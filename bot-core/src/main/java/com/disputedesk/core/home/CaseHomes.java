package com.disputedesk.core.home;

import com.disputedesk.core.bot.CaseRef;
import com.disputedesk.core.bot.CaseThreads;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A home for every case: on confirm, where the team's {@code case-threads} setting is on, the platform opens a
 * thread or topic for the case ({@link Outbox#openHome}) and everything about the case goes there from then on
 * (its card, the suggestion, reminders; {@link HomeKeepingCaseStore} makes the case's home read as that place).
 * Inside it, commands and files need no case number ({@link #caseAt}). When the case closes, the outcome is its
 * home's last message and the home is closed (archived, the topic closed) once the turn's answers are queued, so
 * the close never overtakes them.
 */
public final class CaseHomes implements CaseThreads {
    private static final Logger log = LoggerFactory.getLogger(CaseHomes.class);

    private final HomeStore homes;
    private final TeamDirectory teams;
    private final TeamSettings settings;
    private final Outbox outbox;
    private final Messages messages = new Messages("home");
    /**
     * The cases closed by the turn running on this thread: their homes close when it ends. A case closed outside
     * a turn has no answers to wait for and its home closes at once.
     */
    private final ThreadLocal<List<DisputeCase>> closedThisTurn = new ThreadLocal<>();

    public CaseHomes(HomeStore homes, TeamDirectory teams, TeamSettings settings, Outbox outbox) {
        this.homes = homes;
        this.teams = teams;
        this.settings = settings;
        this.outbox = outbox;
    }

    /**
     * Opens a home for {@code c}, just confirmed in {@code turn}'s chat, when the team wants case threads and the
     * platform has them there; the place its messages go from now on.
     *
     * @param marketplace the marketplace as the team knows it ("AliExpress")
     */
    public Optional<Opened> open(Turn turn, DisputeCase c, String marketplace) {
        if (!settings.caseThreads(turn.team())) {
            return Optional.empty();
        }
        // a case confirmed inside another case's thread gets its home beside that one, in the same channel
        ChatRef origin = homes.at(turn.chat()).map(CaseHome::origin).orElse(turn.chat());
        String name = HomeName.of(c.number(), marketplace, Glossary.label(turn.language(), c.facts().reason()),
                c.facts().buyer());
        Optional<ChatRef> place;
        try {
            place = outbox.openHome(origin, name);
        } catch (RuntimeException e) {
            // the case is stored: it lives in the chat it was opened in
            log.warn("could not open a home for case {} of team {} in {}: {}", c.number(), c.team(), origin.key(),
                    e.toString());
            return Optional.empty();
        }
        place.ifPresent(p -> homes.put(new CaseHome(c.team(), c.number(), p, origin)));
        return place.map(p -> new Opened(p, name));
    }

    /**
     * A home just opened.
     *
     * @param place the thread or topic
     * @param name  its name as the platform was asked to give it (before any cut to the platform's limit)
     */
    public record Opened(ChatRef place, String name) {
    }

    /** The case whose home {@code chat} is, in {@code team}. */
    @Override
    public Optional<CaseRef> caseAt(Team team, ChatRef chat) {
        if (chat.threadId().isEmpty()) {
            return Optional.empty();
        }
        return homes.at(chat).filter(h -> h.team().equals(team.id()))
                .map(h -> new CaseRef(Integer.toString(h.number().value())));
    }

    /** Closes the homes of the cases the turn closed, now that its answers are queued. */
    @Override
    public void turnEnded(Turn turn) {
        List<DisputeCase> closed = closedThisTurn.get();
        closedThisTurn.remove();
        if (closed == null) {
            return;
        }
        for (DisputeCase c : closed) {
            close(c, Optional.of(turn.chat()));
        }
    }

    /** Marks the start of a turn on this thread: cases it closes have their homes closed at its end. */
    @Override
    public void turnStarted(Turn turn) {
        closedThisTurn.set(new ArrayList<>());
    }

    /** {@code c} was just closed: its home closes at the end of the turn, or now outside one. */
    void closed(DisputeCase c) {
        List<DisputeCase> pending = closedThisTurn.get();
        if (pending != null) {
            pending.add(c);
        } else {
            close(c, Optional.empty());
        }
    }

    /** The outcome as the home's last message (unless the close was said there), then the home closes. */
    private void close(DisputeCase c, Optional<ChatRef> saidIn) {
        Optional<CaseHome> home = homes.of(c.team(), c.number());
        if (home.isEmpty()) {
            return;
        }
        ChatRef place = home.get().place();
        if (saidIn.filter(place::equals).isEmpty()) {
            UiLanguage lang = teams.byId(c.team()).map(settings::language).orElse(UiLanguage.EN);
            String outcome = c.outcome().map(o -> Glossary.label(lang, o)).orElse("");
            outbox.send(new Outgoing(place, Reply.text(messages.get(lang, "home.closed", c.number().toString(),
                    outcome)), Optional.empty()));
        }
        outbox.closeHome(place);
    }

    /** The home of a case, if it has one of its own. */
    public Optional<CaseHome> of(DisputeCase c) {
        return homes.of(c.team(), c.number());
    }
}
