package com.disputedesk.telegram;

import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.team.UiLanguage;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The command menu Telegram shows when a member types "/": registered on start in English (the default for every
 * client language) and in Chinese (for clients set to Chinese).
 */
final class CommandMenu {
    static final List<String> COMMANDS = List.of("new", "case", "cases", "offer", "reply", "close", "evidence",
            "claim", "assign", "remedy", "template", "stats", "settings", "lang", "cancel", "help");

    private final Messages messages = new Messages("telegram");

    List<BotCommand> commands(UiLanguage language) {
        return COMMANDS.stream().map(c -> new BotCommand(c, messages.get(language, "menu." + c))).toList();
    }
}
