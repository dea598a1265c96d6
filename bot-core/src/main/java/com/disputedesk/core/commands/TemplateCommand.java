package com.disputedesk.core.commands;

import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.Coded;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.remedy.BuyerMessage;
import com.disputedesk.core.team.UiLanguage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** /template &lt;reason&gt; [language]: the buyer-message template, English when the language has none. */
final class TemplateCommand implements CommandHandler {
    private final Kit kit;

    TemplateCommand(Kit kit) {
        this.kit = kit;
    }

    @Override
    public List<String> names() {
        return List.of("template");
    }

    @Override
    public void handle(Turn turn, Inbound.Command command) {
        List<String> args = command.args();
        if (args.isEmpty() || args.size() > 2) {
            kit.sayUsage(turn, "template");
            return;
        }
        Optional<Reason> reason = Coded.parse(Reason.class, args.get(0));
        if (reason.isEmpty()) {
            kit.say(turn, "bad.reason", args.get(0), RemedyCommand.reasonCodes(), kit.usage(turn, "template"));
            return;
        }
        String language = args.size() == 2 ? args.get(1).toLowerCase(Locale.ROOT) : "en";
        if (!language.matches("[a-z]{2,3}")) {
            kit.say(turn, "template.bad.language", args.get(1), String.join(", ", kit.remedies().buyerLanguages()),
                    kit.usage(turn, "template"));
            return;
        }
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
}
