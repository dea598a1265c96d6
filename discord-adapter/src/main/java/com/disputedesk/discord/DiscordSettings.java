package com.disputedesk.discord;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the Discord adapter connects and whom it serves.
 *
 * @param token          the bot token (from the environment, DISCORD_BOT_TOKEN); never logged
 * @param restBaseUrl    Discord's REST base, ending in "/api/v10/" (a REST proxy or a test fake may stand in)
 * @param gatewayUrl     the gateway WebSocket URL
 * @param staffRoles     guild id -> id of the role whose members may use the desk there; these are the guilds
 *                       commands are registered in. Members with Manage Server may always use it.
 * @param globalCommands register the slash commands globally (slow to appear, every guild) instead of per guild
 * @param messageContent ask for the privileged message-content intent, so a member may answer a typed step with
 *                       a plain message instead of the answer form
 * @param deferAfter     when handling has not answered an interaction by then, it is acknowledged ("thinking...")
 *                       and answered later; must stay well under Discord's 3 s
 * @param publicChannels whether case details may be posted in channels every server member can read; when false
 *                       (the default) the bot answers there only privately to the member who asked
 * @param digestChannels guild id -> the channel the team's daily digest and delivery notices go to in that guild
 *                       ({@code discord.guilds[].digest-channel}); a guild without one gets them in the channel
 *                       where most of the team's open cases live
 * @param casesChannels  guild id -> the text or forum channel confirmed cases get their threads in
 *                       ({@code discord.guilds[].cases-channel}); a guild without one opens each case's thread in
 *                       the channel the case was opened in
 */
public record DiscordSettings(String token, String restBaseUrl, String gatewayUrl, Map<String, String> staffRoles,
                              boolean globalCommands, boolean messageContent, Duration deferAfter,
                              boolean publicChannels, Map<String, String> digestChannels,
                              Map<String, String> casesChannels) {
    public static final String DEFAULT_REST = "https://discord.com/api/v10/";
    public static final String DEFAULT_GATEWAY = "wss://gateway.discord.gg";
    public static final Duration DEFAULT_DEFER_AFTER = Duration.ofMillis(1500);

    public DiscordSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the Discord bot token is missing: set DISCORD_BOT_TOKEN");
        }
        Objects.requireNonNull(restBaseUrl, "restBaseUrl");
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        if (!restBaseUrl.endsWith("/")) {
            restBaseUrl = restBaseUrl + "/";
        }
        staffRoles = Map.copyOf(staffRoles);
        digestChannels = digestChannels == null ? Map.of() : Map.copyOf(digestChannels);
        for (Map.Entry<String, String> e : digestChannels.entrySet()) {
            if (!isSnowflake(e.getKey()) || !isSnowflake(e.getValue())) {
                throw new IllegalArgumentException("discord.guilds: guild and digest channel ids are numbers, got "
                        + e.getKey() + " -> " + e.getValue());
            }
        }
        casesChannels = casesChannels == null ? Map.of() : Map.copyOf(casesChannels);
        for (Map.Entry<String, String> e : casesChannels.entrySet()) {
            if (!isSnowflake(e.getKey()) || !isSnowflake(e.getValue())) {
                throw new IllegalArgumentException("discord.guilds: guild and cases channel ids are numbers, got "
                        + e.getKey() + " -> " + e.getValue());
            }
        }
        for (Map.Entry<String, String> e : staffRoles.entrySet()) {
            if (!isSnowflake(e.getKey()) || !isSnowflake(e.getValue())) {
                throw new IllegalArgumentException("discord.guilds: guild and staff role ids are numbers, got "
                        + e.getKey() + " -> " + e.getValue());
            }
        }
        if (deferAfter.isNegative() || deferAfter.compareTo(Duration.ofMillis(2500)) > 0) {
            throw new IllegalArgumentException(
                    "discord.defer-after must be between 0 and 2500 ms (Discord allows 3 s)");
        }
    }

    /** Settings for discord.com with the defaults: guild commands, no message-content intent. */
    public static DiscordSettings of(String token, Map<String, String> staffRoles) {
        return new DiscordSettings(token, DEFAULT_REST, DEFAULT_GATEWAY, staffRoles, false, false,
                DEFAULT_DEFER_AFTER, false, Map.of(), Map.of());
    }

    public DiscordSettings withEndpoints(String rest, String gateway) {
        return new DiscordSettings(token, rest, gateway, staffRoles, globalCommands, messageContent, deferAfter,
                publicChannels, digestChannels, casesChannels);
    }

    public DiscordSettings withDeferAfter(Duration d) {
        return new DiscordSettings(token, restBaseUrl, gatewayUrl, staffRoles, globalCommands, messageContent, d,
                publicChannels, digestChannels, casesChannels);
    }

    public DiscordSettings withGlobalCommands(boolean global) {
        return new DiscordSettings(token, restBaseUrl, gatewayUrl, staffRoles, global, messageContent, deferAfter,
                publicChannels, digestChannels, casesChannels);
    }

    public DiscordSettings withMessageContent(boolean on) {
        return new DiscordSettings(token, restBaseUrl, gatewayUrl, staffRoles, globalCommands, on, deferAfter,
                publicChannels, digestChannels, casesChannels);
    }

    public DiscordSettings withPublicChannels(boolean allowed) {
        return new DiscordSettings(token, restBaseUrl, gatewayUrl, staffRoles, globalCommands, messageContent,
                deferAfter, allowed, digestChannels, casesChannels);
    }

    /** With a digest channel per guild (guild id -> channel id). */
    public DiscordSettings withDigestChannels(Map<String, String> channels) {
        return new DiscordSettings(token, restBaseUrl, gatewayUrl, staffRoles, globalCommands, messageContent,
                deferAfter, publicChannels, channels, casesChannels);
    }

    /** With a cases channel per guild (guild id -> id of the text or forum channel case threads open in). */
    public DiscordSettings withCasesChannels(Map<String, String> channels) {
        return new DiscordSettings(token, restBaseUrl, gatewayUrl, staffRoles, globalCommands, messageContent,
                deferAfter, publicChannels, digestChannels, channels);
    }

    private static boolean isSnowflake(String s) {
        return s != null && !s.isEmpty() && s.length() <= 20 && s.chars().allMatch(Character::isDigit);
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "DiscordSettings[token=***, restBaseUrl=" + restBaseUrl + ", gatewayUrl=" + gatewayUrl
                + ", staffRoles=" + staffRoles + ", globalCommands=" + globalCommands + ", messageContent="
                + messageContent + ", deferAfter=" + deferAfter + ", publicChannels=" + publicChannels
                + ", digestChannels=" + digestChannels + ", casesChannels=" + casesChannels + "]";
    }
}
