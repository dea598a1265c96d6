package com.disputedesk.discord;

import com.disputedesk.core.cases.CaseFilter;
import com.disputedesk.core.cases.Coded;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.remedy.Marketplace;
import com.disputedesk.core.team.UiLanguage;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The slash commands the bot registers, with typed options, descriptions in English and Simplified Chinese, and
 * choice lists for every closed set (reason, outcome, filter, language, marketplace).
 */
final class CommandCatalog {
    /** Options whose value is a case and which autocomplete over the team's open cases. */
    static final List<String> CASE_OPTIONS = List.of("number", "case");

    private final Messages messages = new Messages("discord");
    private final List<Marketplace> marketplaces;

    CommandCatalog(List<Marketplace> marketplaces) {
        this.marketplaces = List.copyOf(marketplaces);
    }

    List<SlashCommandData> commands() {
        List<SlashCommandData> out = new ArrayList<>();
        out.add(slash("dispute", "cmd.dispute").addSubcommands(
                sub("new", "cmd.dispute.new"), sub("cancel", "cmd.dispute.cancel"),
                sub("answer", "cmd.dispute.answer").addOptions(
                        option(OptionType.STRING, "text", "opt.dispute.answer.text", true).setMaxLength(4000))));
        out.add(slash("case", "cmd.case").addOptions(caseOption("number", "opt.case.number")));
        out.add(slash("cases", "cmd.cases").addOptions(choices(
                option(OptionType.STRING, "filter", "opt.cases.filter", false), "filter.", CaseFilter.values())));
        OptionData marketplace = option(OptionType.STRING, "marketplace", "opt.remedy.marketplace", false);
        for (Marketplace m : marketplaces.subList(0, Math.min(25, marketplaces.size()))) {
            marketplace.addChoice(m.name(), m.id());
        }
        out.add(slash("remedy", "cmd.remedy").addOptions(
                reasonOption(),
                option(OptionType.NUMBER, "amount", "opt.remedy.amount", false).setMinValue(0),
                option(OptionType.STRING, "currency", "opt.remedy.currency", false).setRequiredLength(3, 3),
                marketplace));
        out.add(slash("template", "cmd.template").addOptions(reasonOption(),
                option(OptionType.STRING, "language", "opt.template.language", false).setRequiredLength(2, 5)));
        out.add(slash("offer", "cmd.offer").addOptions(caseOption("case", "opt.case"),
                option(OptionType.INTEGER, "offer", "opt.offer.number", true).setRequiredRange(1, 20)));
        OptionData answer = option(OptionType.STRING, "answer", "opt.reply.answer", true);
        for (String a : List.of("accepted", "rejected", "counter")) {
            answer.addChoices(choice("answer." + a, a));
        }
        out.add(slash("reply", "cmd.reply").addOptions(caseOption("case", "opt.case"), answer,
                option(OptionType.STRING, "text", "opt.reply.text", false).setMaxLength(1000)));
        out.add(slash("close", "cmd.close").addOptions(caseOption("case", "opt.case"),
                choices(option(OptionType.STRING, "outcome", "opt.close.outcome", true), "outcome.", Outcome.values()),
                option(OptionType.STRING, "refunded", "opt.close.refunded", false).setMaxLength(40)));
        out.add(slash("evidence", "cmd.evidence").addOptions(caseOption("case", "opt.case"),
                option(OptionType.ATTACHMENT, "file", "opt.evidence.file", false)));
        out.add(slash("claim", "cmd.claim").addOptions(caseOption("case", "opt.case")));
        out.add(slash("assign", "cmd.assign").addOptions(caseOption("case", "opt.case"),
                option(OptionType.USER, "member", "opt.assign.member", true)));
        out.add(slash("unassign", "cmd.unassign").addOptions(caseOption("case", "opt.case")));
        OptionData setting = option(OptionType.STRING, "setting", "opt.settings.setting", false);
        for (String name : List.of("zone", "quiet", "digest", "language", "followup", "nag", "leads")) {
            setting.addChoices(choice("setting." + name, name));
        }
        out.add(slash("settings", "cmd.settings").addOptions(setting,
                option(OptionType.STRING, "value", "opt.settings.value", false).setMaxLength(100)));
        out.add(slash("stats", "cmd.stats").addOptions(
                option(OptionType.INTEGER, "days", "opt.stats.days", false).setRequiredRange(1, 3650)));
        out.add(slash("help", "cmd.help"));
        OptionData language = option(OptionType.STRING, "language", "opt.lang.language", true);
        language.addChoice("English", UiLanguage.EN.code());
        language.addChoice("中文", UiLanguage.ZH.code());
        out.add(slash("lang", "cmd.lang").addOptions(language));
        return out;
    }

    private SlashCommandData slash(String name, String key) {
        SlashCommandData c = Commands.slash(name, en(key));
        c.setDescriptionLocalization(DiscordLocale.CHINESE_CHINA, zh(key));
        c.setContexts(InteractionContextType.GUILD);
        return c;
    }

    /** A subcommand; its options are added like a command's. */
    private SubcommandData sub(String name, String key) {
        SubcommandData s = new SubcommandData(name, en(key));
        s.setDescriptionLocalization(DiscordLocale.CHINESE_CHINA, zh(key));
        return s;
    }

    private OptionData option(OptionType type, String name, String key, boolean required) {
        OptionData o = new OptionData(type, name, en(key), required);
        o.setDescriptionLocalization(DiscordLocale.CHINESE_CHINA, zh(key));
        return o;
    }

    private OptionData caseOption(String name, String key) {
        return option(OptionType.STRING, name, key, true).setAutoComplete(true).setMaxLength(40);
    }

    private OptionData reasonOption() {
        return choices(option(OptionType.STRING, "reason", "opt.reason", true), "reason.", Reason.values());
    }

    private OptionData choices(OptionData option, String keyPrefix, Coded[] values) {
        for (Coded v : values) {
            option.addChoices(choice(keyPrefix + v.code(), v.code()));
        }
        return option;
    }

    private Command.Choice choice(String key, String value) {
        return new Command.Choice(en(key), value).setNameLocalization(DiscordLocale.CHINESE_CHINA, zh(key));
    }

    private String en(String key) {
        return messages.get(UiLanguage.EN, key);
    }

    private String zh(String key) {
        return messages.get(UiLanguage.ZH, key);
    }
}
