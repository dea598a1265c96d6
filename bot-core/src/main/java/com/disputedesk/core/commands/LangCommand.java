package com.disputedesk.core.commands;

import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.Coded;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.team.UiLanguage;
import java.util.List;
import java.util.Optional;

/** /lang en|zh: the language the bot speaks to the team. A team setting, so a team admin changes it. */
final class LangCommand implements CommandHandler {
    private final Kit kit;

    LangCommand(Kit kit) {
        this.kit = kit;
    }

    @Override
    public List<String> names() {
        return List.of("lang");
    }

    @Override
    public void handle(Turn turn, Inbound.Command command) {
        Optional<UiLanguage> wanted = command.args().size() == 1
                ? Coded.parse(UiLanguage.class, command.args().get(0)) : Optional.empty();
        if (wanted.isEmpty()) {
            kit.say(turn, "lang.usage", turn.language().code());
            return;
        }
        if (!turn.team().isAdmin(turn.member())) {
            kit.say(turn, "lang.admin.only");
            return;
        }
        kit.settings().setLanguage(turn.team(), wanted.get());
        turn.say(kit.texts().get(wanted.get(), "lang.switched"));
    }
}
