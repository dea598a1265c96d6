package com.disputedesk.discord;

import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.CommandTexts;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.ParamType;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.UiLanguage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The slash commands the bot registers, generated from the commands the core declares: one option per param,
 * typed from the param's type (a case autocompletes over the team's open cases, a closed set offers its values
 * as choices, a number range is a bounded integer, an amount is a number with a currency, a member is a user),
 * with descriptions in every team language. Commands of one family ("dispute") become its subcommands, with
 * {@code /dispute answer} added for typing an answer without the message-content intent. Beside them, two
 * message commands ({@link #menuCommands()}) work on a member's message.
 */
final class CommandCatalog {
    /** The adapter's own subcommand of the intake family: the typed answer to the current question. */
    static final String ANSWER = "answer";
    static final String ANSWER_TEXT = "text";
    /** The option holding the currency of an amount (the amount itself is named after its param). */
    static final String CURRENCY = "currency";
    /** The option holding the file of a command that takes one. */
    static final String FILE = "file";
    static final int MAX_OPTIONS = 25;
    static final int MAX_CHOICES = 25;
    static final int MAX_STRING = 6000;
    private static final int MAX_ANSWER = 4000;

    /** The message command (right-click on a message) that opens an intake linked to that message. */
    static final String OPEN_FROM_MESSAGE = "Open dispute from this message";
    /** The message command that adds that message's files and text to a case picked from the open ones. */
    static final String EVIDENCE_FROM_MESSAGE = "Add to case as evidence";

    private final CommandTexts texts = new CommandTexts();
    private final ChoiceLabels labels = new ChoiceLabels();
    private final Messages messages = new Messages("discord");
    private final List<CommandSpec> specs;

    CommandCatalog(List<CommandSpec> specs) {
        this.specs = List.copyOf(specs);
    }

    /** The declared command a slash command or subcommand named {@code name} stands for. */
    Optional<CommandSpec> spec(String name) {
        return specs.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    List<SlashCommandData> commands() {
        Map<String, SlashCommandData> out = new LinkedHashMap<>();
        for (CommandSpec spec : specs) {
            if (spec.parent().isPresent()) {
                String family = spec.parent().get();
                SlashCommandData parent = out.computeIfAbsent(family, f -> slash(f, messages, "cmd." + f));
                SubcommandData sub = new SubcommandData(spec.name(), texts.description(spec, UiLanguage.FALLBACK));
                localise(lang -> sub.setDescriptionLocalization(locale(lang), texts.description(spec, lang)));
                parent.addSubcommands(sub.addOptions(options(spec)));
            } else {
                SlashCommandData c = Commands.slash(spec.name(), texts.description(spec, UiLanguage.FALLBACK));
                localise(lang -> c.setDescriptionLocalization(locale(lang), texts.description(spec, lang)));
                c.setContexts(InteractionContextType.GUILD);
                out.put(spec.name(), c.addOptions(options(spec)));
            }
        }
        for (String family : families()) {
            out.get(family).addSubcommands(answerSubcommand());
        }
        return List.copyOf(out.values());
    }

    /**
     * The message commands (type 3, the right-click menu on a message), named in the fallback language and
     * localised into every other team language.
     */
    List<CommandData> menuCommands() {
        return List.of(menu(OPEN_FROM_MESSAGE, "menu.open"), menu(EVIDENCE_FROM_MESSAGE, "menu.evidence"));
    }

    private CommandData menu(String name, String key) {
        CommandData c = Commands.message(name);
        localise(lang -> c.setNameLocalization(locale(lang), messages.get(lang, key)));
        c.setContexts(InteractionContextType.GUILD);
        return c;
    }

    /** The names commands are grouped under, each a slash command of its own. */
    private List<String> families() {
        return specs.stream().flatMap(s -> s.parent().stream()).distinct().toList();
    }

    /**
     * The Discord client language a team language is shown to: the first of Discord's locales in that language
     * ("zh" -> zh-CN); the fallback language is Discord's default text and needs none.
     */
    static DiscordLocale locale(UiLanguage lang) {
        return Arrays.stream(DiscordLocale.values())
                .filter(l -> l.getLocale().equals(lang.code()) || l.getLocale().startsWith(lang.code() + "-"))
                .findFirst().orElse(DiscordLocale.UNKNOWN);
    }

    private List<OptionData> options(CommandSpec spec) {
        List<OptionData> out = new ArrayList<>();
        for (Param<?> p : spec.params()) {
            out.addAll(options(spec, p));
        }
        if (spec.file()) {
            OptionData file = new OptionData(OptionType.ATTACHMENT, FILE, texts.fileName(spec, UiLanguage.FALLBACK), false);
            localise(lang -> file.setDescriptionLocalization(locale(lang), texts.fileName(spec, lang)));
            out.add(file);
        }
        if (out.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("/" + spec.name() + " has more options than Discord allows");
        }
        // Discord wants the required options first; the mapping reads options by name, so order is free.
        out.sort(Comparator.comparing(o -> !o.isRequired()));
        return out;
    }

    private List<OptionData> options(CommandSpec spec, Param<?> p) {
        ParamType<?> type = p.type();
        if (type instanceof ParamType.CaseReference) {
            return List.of(option(spec, p, OptionType.STRING).setAutoComplete(true).setMaxLength(64));
        }
        if (type instanceof ParamType.Choice<?> c) {
            OptionData o = option(spec, p, OptionType.STRING);
            if (c.values().size() <= MAX_CHOICES) {
                for (Object v : c.values()) {
                    o.addChoices(choice((Coded) v));
                }
            }
            return List.of(o);
        }
        if (type instanceof ParamType.OneOf one) {
            OptionData o = option(spec, p, OptionType.STRING);
            List<ParamType.Option> values = one.options().get();
            if (values.size() <= MAX_CHOICES) {
                values.forEach(v -> o.addChoice(DiscordText.truncate(v.label(), OptionData.MAX_CHOICE_NAME_LENGTH),
                        v.code()));
            }
            return List.of(o);
        }
        if (type instanceof ParamType.IntRange r) {
            return List.of(option(spec, p, OptionType.INTEGER).setRequiredRange(r.min(), r.max()));
        }
        if (type instanceof ParamType.Money) {
            OptionData currency = new OptionData(OptionType.STRING, CURRENCY,
                    messages.get(UiLanguage.FALLBACK, "opt.currency"), false).setRequiredLength(3, 3);
            localise(lang -> currency.setDescriptionLocalization(locale(lang), messages.get(lang, "opt.currency")));
            return List.of(option(spec, p, OptionType.NUMBER).setMinValue(0), currency);
        }
        if (type instanceof ParamType.MemberName) {
            return List.of(option(spec, p, OptionType.USER));
        }
        if (type instanceof ParamType.Word<?> w) {
            return List.of(option(spec, p, OptionType.STRING).setMaxLength(Math.min(w.maxLength(), MAX_STRING)));
        }
        if (type instanceof ParamType.Facts) {
            // every name=value fact in one text option, read by the core as typed words
            return List.of(option(spec, p, OptionType.STRING).setMaxLength(MAX_STRING));
        }
        ParamType.Text t = (ParamType.Text) type;
        return List.of(option(spec, p, OptionType.STRING).setMaxLength(Math.min(t.maxLength(), MAX_STRING)));
    }

    private OptionData option(CommandSpec spec, Param<?> p, OptionType type) {
        // Inside a case's thread the case goes without saying, so Discord must let members leave it out; outside
        // one the desk answers its missing case with the command's usage.
        boolean required = p.required() && !(p.type() instanceof ParamType.CaseReference);
        OptionData o = new OptionData(type, p.name(), texts.paramName(spec, p, UiLanguage.FALLBACK), required);
        localise(lang -> o.setDescriptionLocalization(locale(lang), texts.paramName(spec, p, lang)));
        return o;
    }

    private Command.Choice choice(Coded value) {
        Command.Choice c = new Command.Choice(labels.label(value, UiLanguage.FALLBACK), value.code());
        localise(lang -> c.setNameLocalization(locale(lang), labels.label(value, lang)));
        return c;
    }

    private SubcommandData answerSubcommand() {
        SubcommandData s = new SubcommandData(ANSWER, messages.get(UiLanguage.FALLBACK, "cmd.dispute.answer"));
        localise(lang -> s.setDescriptionLocalization(locale(lang), messages.get(lang, "cmd.dispute.answer")));
        OptionData text = new OptionData(OptionType.STRING, ANSWER_TEXT,
                messages.get(UiLanguage.FALLBACK, "opt.dispute.answer.text"), true).setMaxLength(MAX_ANSWER);
        localise(lang -> text.setDescriptionLocalization(locale(lang), messages.get(lang, "opt.dispute.answer.text")));
        return s.addOptions(text);
    }

    private static SlashCommandData slash(String name, Messages messages, String key) {
        SlashCommandData c = Commands.slash(name, messages.get(UiLanguage.FALLBACK, key));
        localise(lang -> c.setDescriptionLocalization(locale(lang), messages.get(lang, key)));
        c.setContexts(InteractionContextType.GUILD);
        return c;
    }

    /** Runs {@code set} for every team language but the first, whose words are the defaults. */
    private static void localise(java.util.function.Consumer<UiLanguage> set) {
        for (UiLanguage lang : UiLanguage.values()) {
            if (lang != UiLanguage.FALLBACK) {
                set.accept(lang);
            }
        }
    }
}
