package com.disputedesk.app.config;

import com.disputedesk.discord.DiscordSettings;
import com.disputedesk.telegram.TelegramSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Builds each platform adapter's settings from its section of disputedesk.yml and the secrets. */
public final class PlatformSettings {
    private PlatformSettings() {
    }

    /** The {@code telegram:} section; every key is optional (defaults as documented in telegram-adapter/README.md). */
    public static TelegramSettings telegram(ConfigNode section, String token, Optional<String> webhookSecret) {
        TelegramSettings d;
        try {
            d = TelegramSettings.polling(token, uri(section.get("api-base-url"), TelegramSettings.OFFICIAL_API));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("TELEGRAM_BOT_TOKEN: " + e.getMessage());
        }
        ConfigNode limits = section.get("limits");
        ConfigNode retry = section.get("retry");
        TelegramSettings.Limits dl = d.limits();
        TelegramSettings.Retry dr = d.retry();
        TelegramSettings s = d
                .withLimits(new TelegramSettings.Limits(limits.get("per-chat-interval").duration(dl.perChatInterval()),
                        (int) limits.get("per-group-per-minute").longValue(dl.perGroupPerMinute(), 1, 10_000),
                        (int) limits.get("global-per-second").longValue(dl.globalPerSecond(), 1, 10_000)))
                .withRetry(new TelegramSettings.Retry((int) retry.get("send-attempts").longValue(dr.sendAttempts(), 1, 100),
                        retry.get("first-backoff").duration(dr.firstBackoff()),
                        retry.get("max-backoff").duration(dr.maxBackoff()),
                        (int) retry.get("handle-attempts").longValue(dr.handleAttempts(), 1, 100),
                        retry.get("request-timeout").duration(dr.requestTimeout())))
                .withPollTimeout(section.get("poll-timeout").duration(d.pollTimeout()))
                .withDrainTimeout(section.get("drain-timeout").duration(d.drainTimeout()));
        int workers = (int) section.get("workers").longValue(d.workers(), 1, 64);
        s = new TelegramSettings(s.token(), s.apiBaseUrl(), s.mode(), s.webhook(), s.limits(), s.retry(),
                s.pollTimeout(), workers, s.drainTimeout());
        String mode = section.get("mode").string("polling");
        if (mode.equals("webhook")) {
            ConfigNode w = section.get("webhook");
            String secret = webhookSecret.orElseThrow(() -> section.get("mode").error(
                    "webhook mode needs TELEGRAM_WEBHOOK_SECRET in the environment"));
            try {
                s = s.withWebhook(new TelegramSettings.Webhook((int) w.get("port").longValue(8443, 1, 65535),
                        w.get("path").string("/telegram"), secret,
                        w.get("public-url").optionalString().map(u -> uri(w.get("public-url"), null))));
            } catch (IllegalArgumentException e) {
                throw w.error(e.getMessage());
            }
        } else if (!mode.equals("polling")) {
            throw section.get("mode").error("must be polling or webhook, got '" + mode + "'");
        }
        return s;
    }

    /** The {@code discord:} section; see discord-adapter/README.md. */
    public static DiscordSettings discord(ConfigNode section, String token) {
        Map<String, String> staffRoles = new LinkedHashMap<>();
        for (ConfigNode guild : section.get("guilds").items()) {
            staffRoles.put(guild.get("id").string(), guild.get("staff-role").string());
        }
        try {
            return new DiscordSettings(token, section.get("rest-url").string(DiscordSettings.DEFAULT_REST),
                    section.get("gateway-url").string(DiscordSettings.DEFAULT_GATEWAY), staffRoles,
                    section.get("global-commands").bool(false), section.get("message-content").bool(false),
                    section.get("defer-after").duration(DiscordSettings.DEFAULT_DEFER_AFTER),
                    section.get("public-channels").bool(false));
        } catch (IllegalArgumentException e) {
            throw section.error(e.getMessage());
        }
    }

    private static URI uri(ConfigNode node, URI fallback) {
        if (!node.isPresent()) {
            return fallback;
        }
        String text = node.string();
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw node.error("must be an http(s) URL, got '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw node.error("must be an http(s) URL, got '" + text + "'");
        }
    }
}
