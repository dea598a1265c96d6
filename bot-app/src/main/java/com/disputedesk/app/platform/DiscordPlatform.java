package com.disputedesk.app.platform;

import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.delivery.BusiestPlace;
import com.disputedesk.app.config.DiscordSection;
import com.disputedesk.core.store.JdbcLease;
import com.disputedesk.core.store.JdbcOutboxStore;
import com.disputedesk.core.store.JdbcPublishedCommands;
import com.disputedesk.discord.Sharding;
import com.disputedesk.discord.DiscordAdapter;
import com.disputedesk.discord.DiscordSettings;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Discord, served when {@code DISCORD_BOT_TOKEN} is set. */
public final class DiscordPlatform implements PlatformAdapter {
    private static final Logger log = LoggerFactory.getLogger(DiscordPlatform.class);

    private final DiscordAdapter adapter;
    private final DiscordSettings settings;

    private DiscordPlatform(DiscordSettings settings, AdapterParts parts) {
        this.settings = settings;
        this.adapter = new DiscordAdapter(settings, parts.clock(),
                botId -> JdbcOutboxStore.shared(parts.stores().dataSource(), botId));
        // Every process may run every shard its config names; a lease per shard lets one at a time run it.
        DiscordSection.Shards shards = parts.config().discordShards();
        adapter.shareShards(new Sharding(shards.plan(), new JdbcLease(parts.stores().dataSource()), shards.lease(),
                new JdbcPublishedCommands(parts.stores().dataSource())));
        adapter.tellRefusalsTo(parts.refusalNotices(adapter.outbox()));
        adapter.tellLostHomesTo(parts.lostHomes(adapter.outbox()));
        adapter.findBusiestChannelsWith(new BusiestPlace(parts.teams(), parts.stores().stores().cases())::threadOf);
    }

    /** The {@link PlatformAdapter.Opener} for Discord. */
    public static Optional<PlatformAdapter> open(AdapterParts parts) {
        return parts.secrets().discordToken()
                .map(token -> new DiscordPlatform(parts.config().discordSettings(token), parts));
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public Outbox outbox() {
        return adapter.outbox();
    }

    @Override
    public void start(Bot bot) {
        adapter.start(bot);
        log.info("Discord adapter started for {} guild(s)", settings.staffRoles().size());
    }

    @Override
    public void close() {
        adapter.close();
    }
}
