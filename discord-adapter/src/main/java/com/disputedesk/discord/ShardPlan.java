package com.disputedesk.discord;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The bot's gateway shards: how many there are in all ({@code discord.shards.total}) and which of them this process
 * may run ({@code discord.shards.run}). Discord sends a guild's events and interactions only to the session of shard
 * {@code (guild_id >> 22) % total}, so processes running disjoint shards serve disjoint guilds.
 *
 * @param total how many shards the bot has (every process of the bot must say the same)
 * @param run   the shards this process may run, each in {@code 0 .. total-1}
 */
public record ShardPlan(int total, SortedSet<Integer> run) {
    /** Discord allows at most this many shards per bot before it assigns a larger count itself. */
    static final int MAX_TOTAL = 4096;

    public ShardPlan {
        if (total < 1 || total > MAX_TOTAL) {
            throw new IllegalArgumentException("discord.shards.total must be between 1 and " + MAX_TOTAL
                    + ", got " + total);
        }
        if (run == null || run.isEmpty()) {
            throw new IllegalArgumentException("discord.shards.run names no shard");
        }
        for (int id : run) {
            if (id < 0 || id >= total) {
                throw new IllegalArgumentException("discord.shards.run: shard " + id + " does not exist; with "
                        + total + " shard(s) in all they are 0 to " + (total - 1));
            }
        }
        run = Collections.unmodifiableSortedSet(new TreeSet<>(run));
    }

    /** Every shard in this process: the default. */
    public static ShardPlan all(int total) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (int i = 0; i < Math.max(total, 1); i++) {
            ids.add(i);
        }
        return new ShardPlan(total, ids);
    }

    /** One shard, the whole bot: a single gateway session. */
    public static ShardPlan single() {
        return all(1);
    }

    /**
     * Reads {@code discord.shards.run}: "all", or shard ids and ranges separated by commas ("0,2", "0-3,8").
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static ShardPlan parse(int total, String run) {
        if (run == null || run.isBlank() || run.trim().equalsIgnoreCase("all")) {
            return all(total);
        }
        TreeSet<Integer> ids = new TreeSet<>();
        for (String part : run.split(",")) {
            String p = part.trim();
            try {
                int dash = p.indexOf('-', 1);
                if (dash > 0) {
                    int from = Integer.parseInt(p.substring(0, dash).trim());
                    int to = Integer.parseInt(p.substring(dash + 1).trim());
                    if (to < from || to - from >= MAX_TOTAL) {
                        throw new IllegalArgumentException("discord.shards.run: '" + p
                                + "' is not a range (write the lower shard first, as in 0-3)");
                    }
                    for (int i = from; i <= to; i++) {
                        ids.add(i);
                    }
                } else {
                    ids.add(Integer.parseInt(p));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("discord.shards.run: '" + p
                        + "' is not a shard id; write all, or ids and ranges such as 0,2 or 0-3");
            }
        }
        return new ShardPlan(total, ids);
    }

    /** The shard Discord sends the guild's events to. */
    public int shardOf(long guildId) {
        return (int) ((guildId >>> 22) % total);
    }

    /** The name of shard {@code id}'s lease in the database: one process at a time runs it. */
    String leaseName(int id) {
        return "discord-shard-" + id + "/" + total;
    }
}
