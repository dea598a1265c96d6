package com.disputedesk.app.config;

import com.disputedesk.discord.DiscordSettings;
import com.disputedesk.discord.ShardPlan;
import com.disputedesk.discord.Sharding;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code discord:} section of disputedesk.yml (discord-adapter/README.md). The token comes only from the
 * environment and joins the section in {@link #settings}.
 */
public record DiscordSection(List<Guild> guilds, URI restUrl, URI gatewayUrl, Boolean globalCommands,
                             Boolean messageContent, Duration deferAfter, Boolean publicChannels, Shards shards) {
    public DiscordSection {
        shards = Check.or(shards, Shards.defaults());
        guilds = Check.or(guilds, List.of());
        restUrl = Check.or(restUrl, URI.create(DiscordSettings.DEFAULT_REST));
        gatewayUrl = Check.or(gatewayUrl, URI.create(DiscordSettings.DEFAULT_GATEWAY));
        globalCommands = Check.or(globalCommands, false);
        messageContent = Check.or(messageContent, false);
        deferAfter = Check.or(deferAfter, DiscordSettings.DEFAULT_DEFER_AFTER);
        if (deferAfter.compareTo(Duration.ofMillis(2500)) > 0) {
            throw SettingProblem.at("defer-after", "must be at most 2500ms (Discord allows 3 s), got " + deferAfter);
        }
        publicChannels = Check.or(publicChannels, false);
        Map<String, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < guilds.size(); i++) {
            if (seen.put(guilds.get(i).id(), guilds.get(i).staffRole()) != null) {
                throw SettingProblem.at("guilds[" + i + "].id", "guild " + guilds.get(i).id() + " is listed twice");
            }
        }
    }

    static DiscordSection defaults() {
        return new DiscordSection(null, null, null, null, null, null, null, null);
    }

    /**
     * One guild (server) the bot serves.
     *
     * @param id            the guild id
     * @param staffRole     the id of the role whose members may use the desk there
     * @param digestChannel the id of the channel the daily digest and delivery notices go to; null: the channel
     *                      where most of the team's open cases live
     * @param casesChannel  the id of the text or forum channel confirmed cases get their threads in; null: the
     *                      channel each case was opened in
     */
    public record Guild(String id, String staffRole, String digestChannel, String casesChannel) {
        public Guild {
            id = snowflake(id, "id");
            staffRole = snowflake(staffRole, "staff-role");
            digestChannel = digestChannel == null ? null : snowflake(digestChannel, "digest-channel");
            casesChannel = casesChannel == null ? null : snowflake(casesChannel, "cases-channel");
        }

        private static String snowflake(String value, String key) {
            String v = Check.required(value, key).trim();
            if (v.isEmpty() || v.length() > 20 || !v.chars().allMatch(Character::isDigit)) {
                throw SettingProblem.at(key, "must be a Discord id (a number, quoted), got '" + v + "'");
            }
            return v;
        }
    }

    /**
     * The bot's gateway shards ({@code discord.shards}): how many in all, which this process may run, and how long a
     * stopped or killed process's shard lease outlives it before another process takes the shard over.
     *
     * @param total how many shards the bot has (every process the same); Discord requires one per 2,500 guilds
     * @param run   "all" (the default), or shard ids and ranges such as "0,2" or "0-3"
     * @param lease how long a shard's lease outlives its last renewal (default 30s)
     */
    public record Shards(Integer total, String run, Duration lease) {
        public Shards {
            total = Check.or(total, 1);
            run = Check.or(run, "all");
            lease = Check.or(lease, Sharding.DEFAULT_TAKE_OVER_AFTER);
            if (lease.isNegative() || lease.isZero()) {
                throw SettingProblem.at("lease", "must be longer than zero, got '" + lease.toSeconds() + "s'");
            }
            try {
                ShardPlan.parse(total, run);
            } catch (IllegalArgumentException e) {
                throw SettingProblem.at(e.getMessage().startsWith("discord.shards.total") ? "total" : "run",
                        e.getMessage().replaceFirst("^discord\\.shards\\.[a-z]+:? ?", ""));
            }
        }

        static Shards defaults() {
            return new Shards(null, null, null);
        }

        /** The shards in all and those this process may run. */
        public ShardPlan plan() {
            return ShardPlan.parse(total, run);
        }
    }

    /** The adapter's settings with the token from the environment. */
    DiscordSettings settings(String token) {
        Map<String, String> staffRoles = new LinkedHashMap<>();
        Map<String, String> digestChannels = new LinkedHashMap<>();
        guilds.forEach(g -> staffRoles.put(g.id(), g.staffRole()));
        guilds.stream().filter(g -> g.digestChannel() != null)
                .forEach(g -> digestChannels.put(g.id(), g.digestChannel()));
        Map<String, String> casesChannels = new LinkedHashMap<>();
        guilds.stream().filter(g -> g.casesChannel() != null)
                .forEach(g -> casesChannels.put(g.id(), g.casesChannel()));
        return new DiscordSettings(token, restUrl.toString(), gatewayUrl.toString(), staffRoles, globalCommands,
                messageContent, deferAfter, publicChannels, digestChannels, casesChannels);
    }
}
