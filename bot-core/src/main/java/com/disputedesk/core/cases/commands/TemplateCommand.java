package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.BadInput;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.BuyerMessage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** /template &lt;reason&gt; [language]: the buyer-message template, English when the language has none. */
final class TemplateCommand implements CommandHandler {
    static final Param<Reason> REASON = Param.choice("reason", Reason.class).badValue("bad.reason");
    /** A buyer language code ("es"); any code, since a language without templates falls back to English. */
    static final Param<String> LANGUAGE = Param.word("language", TemplateCommand::languageCode, 3).optional();
    static final CommandSpec SPEC = CommandSpec.of("template", Kit.BUNDLE, Section.QUICK).params(REASON, LANGUAGE)
            .example("wrong-size es").build();

    private final Kit kit;

    TemplateCommand(Kit kit) {
        this.kit = kit;
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    /** A language that is no code is told with the languages the templates have. */
    @Override
    public boolean explain(Turn turn, Arguments parsed, BadInput bad) {
        if (!bad.concerns(LANGUAGE)) {
            return false;
        }
        kit.say(turn, "template.bad.language", bad.typed(), String.join(", ", kit.remedies().buyerLanguages()),
                kit.usage(turn, SPEC));
        return true;
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        Optional<Reason> reason = Optional.of(args.get(REASON));
        String language = args.find(LANGUAGE).orElse("en");
        UiLanguage lang = turn.language();
        BuyerMessage message = kit.remedies().template(reason.get(), language);
        StringBuilder out = new StringBuilder(kit.texts().get(lang, "template.header",
                Glossary.label(lang, reason.get()), message.language()));
        if (message.fallback()) {
            out.append('\n').append(kit.texts().get(lang, "template.fallback", language,
                    String.join(", ", kit.remedies().buyerLanguages())));
        }
        out.append("\n\n").append(message.text());
        turn.say(out.toString());
    }

    private static Optional<String> languageCode(String typed) {
        String code = typed.toLowerCase(Locale.ROOT);
        return code.matches("[a-z]{2,3}") ? Optional.of(code) : Optional.empty();
    }
}
