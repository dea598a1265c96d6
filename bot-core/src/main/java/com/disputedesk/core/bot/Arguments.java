package com.disputedesk.core.bot;

import com.disputedesk.core.chat.Inbound;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A command's arguments, parsed against its {@link CommandSpec}: read each with the {@link Param} that declared
 * it. A required param always has a value; an optional one may be empty.
 */
public final class Arguments {
    private final CommandSpec spec;
    private final Inbound.Command command;
    private final Map<String, Object> values;
    private final String usage;

    Arguments(CommandSpec spec, Inbound.Command command, Map<String, Object> values, String usage) {
        this.spec = spec;
        this.command = command;
        this.values = Map.copyOf(values);
        this.usage = usage;
    }

    /** The value of a required param. */
    public <T> T get(Param<T> param) {
        return find(param).orElseThrow(() -> new NoSuchElementException("/" + spec.name() + " has no "
                + param.name()));
    }

    /** The value of a param, empty when it was left out. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(Param<T> param) {
        return Optional.ofNullable((T) values.get(param.name()));
    }

    public CommandSpec spec() {
        return spec;
    }

    /** The command as it came in (its name tells which of a handler's specs matched). */
    public Inbound.Command command() {
        return command;
    }

    /** The command's usage line in the team's language, for a handler that finds a combination it cannot use. */
    public String usage() {
        return usage;
    }
}
