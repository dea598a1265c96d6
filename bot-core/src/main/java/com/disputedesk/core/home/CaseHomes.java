package com.disputedesk.core.home;

import com.disputedesk.core.bot.CaseRef;
import com.disputedesk.core.bot.CaseThreads;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Placement;
import com.disputedesk.core.chat.Slot;
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
 *
 * <p>A case with a home of its own has a live card there: one message (its {@link Slot#card message slot}), posted
 * and pinned on confirm and edited in place at the end of every turn that changed the case (state, owner, offers,
 * replies, evidence, the close), so the thread always opens on where the case stands. The card's slot belongs to
 * the home: a case reopened in a new thread gets a fresh card there.
 */
public final class CaseHomes implements CaseThreads {
    private static final Logger log = LoggerFactory.getLogger(CaseHomes.class);

    private final HomeStore homes;
    private final TeamDirectory teams;
    private final TeamSettings settings;
    private final Outbox outbox;
    private final Messages messages = new Messages("home");
    /**
     * What the turn running on this thread did to cases: their cards are brought up to date and the homes of the
     * closed ones closed when it ends, after its answers. Outside a turn a closed case's home closes at once.
     */
    private final ThreadLocal<TurnWork> thisTurn = new ThreadLocal<>();
    private volatile CardView cards;

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

    /**
     * How live cards look. Set once while the engine is assembled: the card is drawn by the case commands, which
     * are built over the case store this feature decorates.
     */
    public void showCardsWith(CardView view) {
        this.cards = view;
    }

    /** Marks the start of a turn on this thread: what it does to cases is settled at its end. */
    @Override
    public void turnStarted(Turn turn) {
        thisTurn.set(new TurnWork());
    }

    /** Brings the cards of the cases the turn changed up to date, then closes the homes of those it closed. */
    @Override
    public void turnEnded(Turn turn) {
        TurnWork work = thisTurn.get();
        thisTurn.remove();
        if (work == null) {
            return;
        }
        for (CaseKey changed : work.changed) {
            try {
                work.read.get(changed).get().ifPresent(c -> showCard(turn, c));
            } catch (RuntimeException e) {
                // the change is stored and answered; the card catches up at the next change
                log.warn("could not update the card of case {} of team {}", changed.number(), changed.team(), e);
            }
        }
        for (DisputeCase c : work.closed) {
            close(c, Optional.of(turn.chat()));
        }
    }

    /** Posts (the first time) or edits the live card of {@code c} in its home, if it has one. */
    public void showCard(Turn turn, DisputeCase c) {
        showCard(turn, c, outbox);
    }

    /**
     * Posts the live card of {@code c} as one of the turn's own answers, so it follows what the turn said before it
     * (the case just opened) wherever the turn's answers are held back until the turn's end.
     */
    public void showCardInTurn(Turn turn, DisputeCase c) {
        showCard(turn, c, turn.outbox());
    }

    private void showCard(Turn turn, DisputeCase c, Outbox outbox) {
        CardView view = cards;
        Optional<CaseHome> home = homes.of(c.team(), c.number());
        if (view == null || home.isEmpty()) {
            return;
        }
        String text = messages.get(turn.language(), "home.card", c.number().toString());
        Reply card = Reply.text(text).withCard(view.card(turn, c)).withChoices(view.choices(turn, c));
        outbox.send(new Outgoing(home.get().place(), card, Optional.empty(),
                new Placement.InSlot(Slot.card(c.team(), c.number().value(), home.get().place()))));
    }

    /** A case was read in this turn: a change to it by id alone (a timeline line) is then known as its. */
    void read(DisputeCase c, java.util.function.Supplier<Optional<DisputeCase>> again) {
        TurnWork work = thisTurn.get();
        if (work != null) {
            CaseKey key = new CaseKey(c.team(), c.number());
            work.ids.put(c.id(), key);
            work.read.putIfAbsent(key, again);
        }
    }

    /** Case {@code id} changed in this turn: its card is brought up to date when the turn ends. */
    void changed(long id) {
        TurnWork work = thisTurn.get();
        if (work != null && work.ids.containsKey(id)) {
            work.changed.add(work.ids.get(id));
        }
    }

    /** {@code c} was just closed: its home closes at the end of the turn, or now outside one. */
    void closed(DisputeCase c) {
        TurnWork work = thisTurn.get();
        if (work != null) {
            work.closed.add(c);
        } else {
            close(c, Optional.empty());
        }
    }

    /** A case of a team. */
    private record CaseKey(String team, com.disputedesk.core.cases.CaseNumber number) {
    }

    /** What one turn did to cases, in order. */
    private static final class TurnWork {
        final java.util.Map<Long, CaseKey> ids = new java.util.HashMap<>();
        final java.util.Map<CaseKey, java.util.function.Supplier<Optional<DisputeCase>>> read =
                new java.util.HashMap<>();
        final java.util.Set<CaseKey> changed = new java.util.LinkedHashSet<>();
        final List<DisputeCase> closed = new ArrayList<>();
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
            String key = place.anchored() ? "home.closed.anchored" : "home.closed";
            outbox.send(new Outgoing(place, Reply.text(messages.get(lang, key, c.number().toString(), outcome)),
                    Optional.empty()));
        }
        outbox.closeHome(place);
    }

    /** The home of a case, if it has one of its own. */
    public Optional<CaseHome> of(DisputeCase c) {
        return homes.of(c.team(), c.number());
    }
}
