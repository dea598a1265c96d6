package com.disputedesk.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Secrets belong in the environment only: one written in the settings file stops the start (never echoed). */
final class SecretsInFile {
    /** Where a secret might be written, and the variable it belongs in. */
    private static final Map<String, String> SECRETS = Map.of(
            "telegram.token", "TELEGRAM_BOT_TOKEN",
            "telegram.webhook-secret", "TELEGRAM_WEBHOOK_SECRET",
            "discord.token", "DISCORD_BOT_TOKEN",
            "storage.postgres.password", "DISPUTEDESK_STORAGE_POSTGRES_PASSWORD");

    private SecretsInFile() {
    }

    static void refuse(String file, JsonNode root) {
        SECRETS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(secret -> {
            JsonNode node = root;
            for (String key : secret.getKey().split("\\.")) {
                node = node.path(key);
            }
            if (!node.isMissingNode()) {
                throw new ConfigException(file + ": " + secret.getKey() + ": secrets are read only from the"
                        + " environment, never from a file; remove it and set " + secret.getValue() + " instead");
            }
        });
    }
}
