package com.disputedesk.app.platform;

import java.util.Map;
import java.util.Optional;

/**
 * Secrets, read only from the environment and never printed: {@link #toString()} hides them.
 *
 * @param telegramToken      TELEGRAM_BOT_TOKEN
 * @param telegramWebhookSecret TELEGRAM_WEBHOOK_SECRET
 * @param discordToken       DISCORD_BOT_TOKEN
 */
public record Secrets(Optional<String> telegramToken, Optional<String> telegramWebhookSecret,
                      Optional<String> discordToken) {

    public static Secrets from(Map<String, String> env) {
        return new Secrets(value(env, "TELEGRAM_BOT_TOKEN"), value(env, "TELEGRAM_WEBHOOK_SECRET"),
                value(env, "DISCORD_BOT_TOKEN"));
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    @Override
    public String toString() {
        return "Secrets[telegram=" + (telegramToken.isPresent() ? "set" : "unset")
                + ", discord=" + (discordToken.isPresent() ? "set" : "unset") + "]";
    }
}
