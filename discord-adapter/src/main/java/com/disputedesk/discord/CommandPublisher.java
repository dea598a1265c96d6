package com.disputedesk.discord;

import com.disputedesk.core.delivery.PublishedCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the slash commands once for the whole bot, not once per process: the process running a guild's shard
 * publishes that guild's commands (shard 0's holder the global ones), and only when the declared set's hash differs
 * from the one recorded for that scope. Discord limits how often commands may be replaced (200 a day per guild).
 */
final class CommandPublisher {
    private static final Logger log = LoggerFactory.getLogger(CommandPublisher.class);

    private final DiscordSettings settings;
    private final Sharding sharding;
    private final String botKey;
    private final List<CommandData> commands;
    private final String hash;

    CommandPublisher(DiscordSettings settings, Sharding sharding, String botKey, List<CommandData> commands,
                     String hash) {
        this.settings = settings;
        this.sharding = sharding;
        this.botKey = botKey;
        this.commands = commands;
        this.hash = hash;
    }

    /** The hash of a command set as Discord receives it, and of where it goes (globally or per guild). */
    static String hash(List<CommandData> commands, boolean global) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((global ? "global\n" : "guild\n").getBytes(StandardCharsets.UTF_8));
            for (CommandData c : commands) {
                sha.update(c.toData().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Publishes what the shard {@code session} runs is responsible for, where the recorded set differs. */
    void publishFor(JDA session) {
        int shard = session.getShardInfo().getShardId();
        PublishedCommands published = sharding.published();
        if (settings.globalCommands()) {
            String scope = botKey + ":global";
            if (shard == 0 && published.differs(scope, hash)) {
                session.updateCommands().addCommands(commands).complete();
                published.published(scope, hash);
                log.info("Discord: published {} commands globally", commands.size());
            }
            return;
        }
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : settings.staffRoles().entrySet()) {
            String guildId = e.getKey();
            if (sharding.plan().shardOf(Long.parseLong(guildId)) != shard) {
                continue;
            }
            Guild guild = session.getGuildById(guildId);
            if (guild == null) {
                missing.add(guildId);
                continue;
            }
            String scope = botKey + ":guild:" + guildId;
            if (published.differs(scope, hash)) {
                guild.updateCommands().addCommands(commands).complete();
                published.published(scope, hash);
                log.info("Discord: published {} commands in guild {}", commands.size(), guildId);
            }
        }
        if (!missing.isEmpty()) {
            log.warn("Discord: the bot is not in guild(s) {}; invite it there to serve them", missing);
        }
    }
}
