package com.disputedesk.app.config;

import com.disputedesk.discord.DiscordSettings;
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
                             Boolean messageContent, Duration deferAfter, Boolean publicChannels) {
    public DiscordSection {
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
        return new DiscordSection(null, null, null, null, null, null, null);
    }

    /**
     * One guild (server) the bot serves.
     *
     * @param id            the guild id
     * @param staffRole     the id of the role whose members may use the desk there
     * @param digestChannel the id of the channel the daily digest and delivery notices go to; null: the channel
     *                      where most of the team's open cases live
     */
    public record Guild(String id, String staffRole, String digestChannel) {
        public Guild {
            id = snowflake(id, "id");
            staffRole = snowflake(staffRole, "staff-role");
            digestChannel = digestChannel == null ? null : snowflake(digestChannel, "digest-channel");
        }

        private static String snowflake(String value, String key) {
            String v = Check.required(value, key).trim();
            if (v.isEmpty() || v.length() > 20 || !v.chars().allMatch(Character::isDigit)) {
                throw SettingProblem.at(key, "must be a Discord id (a number, quoted), got '" + v + "'");
            }
            return v;
        }
    }

    /** The adapter's settings with the token from the environment. */
    DiscordSettings settings(String token) {
        Map<String, String> staffRoles = new LinkedHashMap<>();
        Map<String, String> digestChannels = new LinkedHashMap<>();
        guilds.forEach(g -> staffRoles.put(g.id(), g.staffRole()));
        guilds.stream().filter(g -> g.digestChannel() != null)
                .forEach(g -> digestChannels.put(g.id(), g.digestChannel()));
        return new DiscordSettings(token, restUrl.toString(), gatewayUrl.toString(), staffRoles, globalCommands,
                messageContent, deferAfter, publicChannels, digestChannels);
    }
}
