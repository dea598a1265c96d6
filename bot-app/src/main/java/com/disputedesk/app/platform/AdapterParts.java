package com.disputedesk.app.platform;

import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.delivery.RefusalListener;
import com.disputedesk.core.delivery.RefusalNotices;
import com.disputedesk.core.remind.ReminderRefusals;
import com.disputedesk.core.store.JdbcReminderStore;
import com.disputedesk.core.remind.DirectMessageRefusals;
import com.disputedesk.core.store.JdbcMemberDirectory;
import com.disputedesk.core.delivery.HomeLoss;
import com.disputedesk.core.home.LostHomes;
import com.disputedesk.core.store.JdbcNoticeLog;
import com.disputedesk.core.team.TeamSettings;
import com.disputedesk.app.config.AppConfig;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.team.TeamDirectory;
import java.time.Clock;

/**
 * What the composition root has assembled by the time platforms open, for an {@link PlatformAdapter.Opener} to
 * build its adapter from.
 *
 * @param config   the operator's settings, with each platform's section
 * @param secrets  the platform tokens from the environment
 * @param clock    the time updates are stamped with
 * @param teams    the configured teams
 * @param stores   the open database
 * @param remedies the playbook
 */
public record AdapterParts(AppConfig config, Secrets secrets, Clock clock, TeamDirectory teams, JdbcStores stores,
                           Remedies remedies) {

    /**
     * Tells the team, once per place and reason, when a platform refuses a message for good, and a member, once,
     * when their reminders by direct message are refused; notices go out through {@code outbox} (the platform's own).
     * A refused reminder is recorded as failed too.
     */
    public RefusalListener refusalNotices(Outbox outbox) {
        TeamSettings settings = new TeamSettings(stores.stores().settings(), config.teamDefaults());
        JdbcNoticeLog told = new JdbcNoticeLog(stores.dataSource());
        RefusalListener places = new RefusalNotices(teams, settings, told, outbox, clock);
        // a refused reminder by direct message is told to its member in the team chat instead
        RefusalListener direct = new DirectMessageRefusals(teams, settings,
                new JdbcMemberDirectory(stores.dataSource()), told, outbox, clock);
        return places.andThen(direct).andThen(new ReminderRefusals(new JdbcReminderStore(stores.dataSource())));
    }

    /**
     * Gives a case whose thread or topic was deleted back to the chat it was opened in, telling that chat through
     * {@code outbox} (the platform's own).
     */
    public HomeLoss lostHomes(Outbox outbox) {
        return new LostHomes(JdbcStores.homes(stores.dataSource()), teams,
                new TeamSettings(stores.stores().settings(), config.teamDefaults()), outbox);
    }
}
