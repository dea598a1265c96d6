package com.disputedesk.core.bot;

import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.Nearest;
import com.disputedesk.core.kernel.UiLanguage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The words of declared commands in a team language, generated from their specs: the one-line description, the
 * name of each param, the usage line, the answer to bad input, and /help. Adapters build their menus from it.
 */
public final class CommandTexts {
    /** A choice of this many values or fewer is shown as its values ("accepted|rejected|counter"). */
    private static final int INLINE_CHOICES = 4;

    private final Map<String, Messages> bundles = new ConcurrentHashMap<>();
    private final Messages bot = new Messages("bot");

    /** What the command does, in one short line. */
    public String description(CommandSpec spec, UiLanguage lang) {
        return messages(spec).get(lang, spec.helpKey());
    }

    /** How a param is named in the usage line ("offer number"); platforms describe their option with it. */
    public String paramName(CommandSpec spec, Param<?> param, UiLanguage lang) {
        return messages(spec).get(lang, spec.argKey(param));
    }

    /** What the file of a command that takes one is. */
    public String fileName(CommandSpec spec, UiLanguage lang) {
        return messages(spec).get(lang, spec.fileKey());
    }

    /** "/offer &lt;case&gt; &lt;offer number&gt;". */
    public String synopsis(CommandSpec spec, UiLanguage lang) {
        StringBuilder out = new StringBuilder("/").append(spec.name());
        for (Param<?> p : spec.params()) {
            out.append(' ').append(shape(spec, p, lang));
        }
        return out.toString();
    }

    /**
     * "Usage: /offer &lt;case&gt; &lt;offer number&gt;, e.g. /offer 12 1"; for a command that takes a file, how to
     * send one with it.
     */
    public String usage(CommandSpec spec, UiLanguage lang) {
        String synopsis = synopsis(spec, lang);
        String example = spec.example().isEmpty() ? synopsis : "/" + spec.name() + " " + spec.example();
        if (spec.file()) {
            return bot.get(lang, "usage.line.file", synopsis, example);
        }
        return spec.example().isEmpty() ? bot.get(lang, "usage.line.bare", synopsis)
                : bot.get(lang, "usage.line", synopsis, example);
    }

    /**
     * The answer to arguments that did not parse: what is wrong, and the usage line. Typed text comes already
     * shortened by the parser, so the answer stays short whatever was sent.
     */
    public String badInput(CommandSpec spec, BadInput bad, UiLanguage lang) {
        String usage = usage(spec, lang);
        if (bad.problem() == BadInput.Problem.MISSING) {
            return usage;
        }
        if (bad.problem() == BadInput.Problem.BLANK) {
            return bot.get(lang, "bad.blank", usage);
        }
        if (bad.param().isEmpty()) {
            return bot.get(lang, "bad.extra", bad.typed(), usage);
        }
        Param<?> p = bad.param().get();
        if (bad.problem() == BadInput.Problem.TOO_LONG) {
            return bot.get(lang, "bad.too.long", bad.typed(), paramName(spec, p, lang), Integer.toString(bad.length()),
                    Integer.toString(bad.max()), usage);
        }
        if (bad.problem() == BadInput.Problem.UNKNOWN_FACT || bad.problem() == BadInput.Problem.BAD_FACT) {
            return badFact(spec, (ParamType.Facts) p.type(), bad, lang, usage);
        }
        if (p.badKey().isPresent()) {
            return messages(spec).get(lang, p.badKey().get(), bad.typed(), String.join(", ", allowed(p)), usage);
        }
        return bot.get(lang, "bad.value", bad.typed(), paramName(spec, p, lang), usage);
    }

    /** An unknown fact with the nearest known one, or a bad value with what its fact takes. */
    private String badFact(CommandSpec spec, ParamType.Facts facts, BadInput bad, UiLanguage lang, String usage) {
        if (bad.problem() == BadInput.Problem.UNKNOWN_FACT) {
            Optional<String> near = Nearest.to(bad.typed(), facts.names());
            return near.isPresent() ? bot.get(lang, "bad.fact.unknown.near", bad.typed(), near.get(), usage)
                    : bot.get(lang, "bad.fact.unknown", bad.typed(), String.join(", ", facts.names()), usage);
        }
        String name = bad.typed().substring(0, bad.typed().indexOf('='));
        return bot.get(lang, "bad.fact", bad.typed(), name, factShape(spec, name, lang), usage);
    }

    /** What a fact of a command takes ("a whole number of days, e.g. 30"). */
    public String factShape(CommandSpec spec, String fact, UiLanguage lang) {
        return messages(spec).get(lang, "fact." + spec.name() + "." + fact);
    }

    /** The answer to a member who may not use the command. */
    public String refused(CommandSpec spec, UiLanguage lang) {
        return bot.get(lang, "access.admins.only", spec.name());
    }

    /** The command reference: each section with its commands, as declared. */
    public String help(List<CommandSpec> specs, UiLanguage lang) {
        Map<Section, List<String>> bySection = new EnumMap<>(Section.class);
        for (CommandSpec s : specs) {
            bySection.computeIfAbsent(s.section(), x -> new ArrayList<>())
                    .add(synopsis(s, lang) + " " + description(s, lang));
        }
        StringBuilder out = new StringBuilder(bot.get(lang, "help.header"));
        bySection.forEach((section, lines) -> out.append('\n')
                .append(bot.get(lang, "help.section." + section.name().toLowerCase(java.util.Locale.ROOT)))
                .append(": ").append(String.join(" \u00b7 ", lines)));
        return out.toString();
    }

    private String shape(CommandSpec spec, Param<?> p, UiLanguage lang) {
        if (p.type() instanceof ParamType.Facts f) {
            return "[" + f.names().stream().map(n -> n + "=").collect(Collectors.joining(" ")) + "]";
        }
        List<String> values = p.type() instanceof ParamType.Choice<?> c ? c.codes() : List.of();
        boolean inline = !values.isEmpty() && values.size() <= INLINE_CHOICES;
        String name = inline ? String.join("|", values) : paramName(spec, p, lang);
        if (!p.required()) {
            return "[" + name + "]";
        }
        return inline ? name : "<" + name + ">";
    }

    private static List<String> allowed(Param<?> p) {
        if (p.type() instanceof ParamType.Choice<?> c) {
            return c.codes();
        }
        if (p.type() instanceof ParamType.OneOf o) {
            return o.options().get().stream().map(ParamType.Option::code).collect(Collectors.toList());
        }
        return List.of();
    }

    private Messages messages(CommandSpec spec) {
        return bundles.computeIfAbsent(spec.bundle(), Messages::new);
    }
}
