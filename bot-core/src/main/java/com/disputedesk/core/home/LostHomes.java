package com.disputedesk.core.home;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A case whose thread or topic was deleted lives in the chat it was opened in again: its home is forgotten and that
 * chat is told, in the team's language, that the case's messages come there from now on.
 */
public final class LostHomes implements com.disputedesk.core.delivery.HomeLoss {
    private static final Logger log = LoggerFactory.getLogger(LostHomes.class);

    private final HomeStore homes;
    private final TeamDirectory teams;
    private final TeamSettings settings;
    private final Outbox outbox;
    private final Messages messages = new Messages("home");

    /** @param outbox the outbox of the platform whose homes these are (or the routing outbox) */
    public LostHomes(HomeStore homes, TeamDirectory teams, TeamSettings settings, Outbox outbox) {
        this.homes = homes;
        this.teams = teams;
        this.settings = settings;
        this.outbox = outbox;
    }

    @Override
    public Optional<ChatRef> lost(ChatRef place) {
        Optional<CaseHome> home = homes.at(place);
        if (home.isEmpty()) {
            return Optional.empty();
        }
        homes.clear(place);
        CaseHome h = home.get();
        log.info("the home {} of case {} of team {} is gone; the case lives in {} again", place.key(), h.number(),
                h.team(), h.origin().key());
        UiLanguage lang = teams.byId(h.team()).map(settings::language).orElse(UiLanguage.EN);
        outbox.send(new Outgoing(h.origin(), Reply.text(messages.get(lang, "home.lost", h.number().toString())),
                Optional.empty()));
        return Optional.of(h.origin());
    }
}
