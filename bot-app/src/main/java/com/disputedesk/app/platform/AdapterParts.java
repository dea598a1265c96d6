package com.disputedesk.app.platform;

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
}
