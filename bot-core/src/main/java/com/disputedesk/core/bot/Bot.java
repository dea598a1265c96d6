package com.disputedesk.core.bot;

import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's entry point: every adapter hands each inbound event to {@link #handle}. In front of the router sits
 * one chain every event passes: authorisation (only the chats a team owns), then a guard that turns any failure
 * into a short apology instead of a silent bot or a dead loop.
 */
public final class Bot {
    private static final Logger log = LoggerFactory.getLogger(Bot.class);

    private final TeamDirectory teams;
    private final TeamSettings settings;
    private final Router router;
    private final Outbox outbox;
    private final Clock clock;
    private final Messages messages = new Messages("bot");

    public Bot(TeamDirectory teams, TeamSettings settings, Router router, Outbox outbox, Clock clock) {
        this.teams = teams;
        this.settings = settings;
        this.router = router;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Handles one event; never throws for anything a member can send. */
    public void handle(Inbound in) {
        Optional<Team> team = teams.teamFor(in.chat(), in.member());
        if (team.isEmpty()) {
            log.info("refused {} from {} in unconfigured chat {}", kind(in), in.member().key(), in.chat().key());
            outbox.send(new Outgoing(in.chat(), Reply.text(refusal(in)), in.origin()));
            return;
        }
        UiLanguage language = settings.language(team.get());
        Turn turn = new Turn(team.get(), in, language, settings.zone(team.get()), clock.instant(), outbox);
        try {
            router.route(turn);
        } catch (RuntimeException e) {
            log.error("handling {} from {} in {} failed", kind(in), in.member().key(), in.chat().key(), e);
            turn.say(messages.get(language, "error.internal"));
        }
    }

    /** Every command the bot answers, declared once: adapters generate their menus and mappings from these. */
    public List<CommandSpec> commands() {
        return router.specs();
    }

    /**
     * Suggestions for an argument a member is typing (a case reference), from the team owning the chat; none for
     * a chat no team owns. Never throws: a failure suggests nothing, typing the value still works.
     */
    public List<Completion> complete(CompletionRequest request) {
        Optional<Team> team = teams.teamFor(request.chat(), request.member());
        if (team.isEmpty()) {
            return List.of();
        }
        try {
            return router.complete(team.get(), request);
        } catch (RuntimeException e) {
            log.error("suggesting /{} {} for {} failed", request.command(), request.param(), request.member().key(), e);
            return List.of();
        }
    }

    private String refusal(Inbound in) {
        // The chat has no team, so no team language: say it in every one.
        return java.util.Arrays.stream(UiLanguage.values())
                .map(lang -> messages.get(lang, "chat.refused", in.chat().chatId()))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String kind(Inbound in) {
        return in.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
