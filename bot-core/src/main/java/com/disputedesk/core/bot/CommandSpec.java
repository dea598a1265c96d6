package com.disputedesk.core.bot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A command declared once: every surface that shows it (the usage line, /help, the Discord slash command, the
 * Telegram menu, the console's help) is generated from this.
 *
 * <p>Its words live in the message bundle {@code bundle} (i18n/&lt;bundle&gt;_&lt;lang&gt;.properties), in every
 * team language: {@code cmd.<name>} says what it does in one short line, {@code arg.<name>.<param>} names each
 * param in the usage line ("offer number"), and {@code arg.<name>.file} the file, for a command that takes one.
 *
 * @param name    lower case without the slash ("case")
 * @param bundle  the message bundle holding the command's words
 * @param section where /help lists it
 * @param access  who may use it
 * @param params  the arguments, in the order they are typed; required ones first
 * @param example the arguments of a typical call ("12 1"), shown after the usage line; empty for none
 * @param parent  a family name platforms that group commands nest it under ("dispute"); empty when top level
 * @param file    true when the command may come with a file (as the caption of a photo or document)
 */
public record CommandSpec(String name, String bundle, Section section, Access access, List<Param<?>> params,
                          String example, Optional<String> parent, boolean file) {
    private static final int MAX_NAME = 32;

    public CommandSpec {
        params = List.copyOf(params);
        if (!name.matches("[a-z][a-z0-9_]{0," + (MAX_NAME - 1) + "}")) {
            throw new IllegalArgumentException("a command name is 1-32 lower-case letters, digits or _: " + name);
        }
        Set<String> names = new HashSet<>();
        boolean optionalSeen = false;
        int moneys = 0;
        for (int i = 0; i < params.size(); i++) {
            Param<?> p = params.get(i);
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("/" + name + " declares param " + p.name() + " twice");
            }
            if (p.required() && optionalSeen) {
                throw new IllegalArgumentException("/" + name + ": required param " + p.name() + " after an optional");
            }
            optionalSeen |= !p.required();
            if (p.takesRest() && i != params.size() - 1) {
                throw new IllegalArgumentException("/" + name + ": " + p.name() + " takes the rest, so comes last");
            }
            moneys += p.type() instanceof ParamType.Money ? 1 : 0;
        }
        if (moneys > 1) {
            throw new IllegalArgumentException("/" + name + " declares more than one amount");
        }
    }

    /** Starts a spec for {@code /name} whose words are in {@code bundle}: anyone may use it, no params. */
    public static Builder of(String name, String bundle, Section section) {
        return new Builder(name, bundle, section);
    }

    /** The key of the one-line description in {@link #bundle}. */
    public String helpKey() {
        return "cmd." + name;
    }

    /** The key of a param's name in {@link #bundle}. */
    public String argKey(Param<?> param) {
        return "arg." + name + "." + param.name();
    }

    /** The key naming the file, for a command that takes one. */
    public String fileKey() {
        return "arg." + name + ".file";
    }

    /** Builds a {@link CommandSpec}. */
    public static final class Builder {
        private final String name;
        private final String bundle;
        private final Section section;
        private Access access = Access.ANYONE;
        private final List<Param<?>> params = new ArrayList<>();
        private String example = "";
        private Optional<String> parent = Optional.empty();
        private boolean file;

        private Builder(String name, String bundle, Section section) {
            this.name = name;
            this.bundle = bundle;
            this.section = section;
        }

        public Builder params(Param<?>... ps) {
            params.addAll(List.of(ps));
            return this;
        }

        public Builder example(String typedArguments) {
            this.example = typedArguments;
            return this;
        }

        public Builder adminsOnly() {
            this.access = Access.TEAM_ADMIN;
            return this;
        }

        public Builder under(String family) {
            this.parent = Optional.of(family);
            return this;
        }

        public Builder withFile() {
            this.file = true;
            return this;
        }

        public CommandSpec build() {
            return new CommandSpec(name, bundle, section, access, params, example, parent, file);
        }
    }
}
