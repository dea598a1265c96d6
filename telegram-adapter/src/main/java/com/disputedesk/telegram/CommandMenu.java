package com.disputedesk.telegram;

import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.CommandTexts;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.text.Cut;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The command menu Telegram shows when a member types "/", generated from the commands the core declares: one
 * menu per team language, the first language the default for every client language, each other one for the
 * clients set to it.
 */
final class CommandMenu {
    /** Telegram shows at most this many characters of a description. */
    static final int MAX_DESCRIPTION = 256;

    private final List<CommandSpec> specs;
    private final CommandTexts texts = new CommandTexts();

    CommandMenu(List<CommandSpec> specs) {
        this.specs = List.copyOf(specs);
    }

    /** Every declared command with its description in {@code language}. */
    List<BotCommand> commands(UiLanguage language) {
        return specs.stream().map(s -> new BotCommand(s.name(), description(s, language))).toList();
    }

    /** The Bot API language code the menu in {@code language} is registered for; empty for the default menu. */
    static Optional<String> languageCode(UiLanguage language) {
        return language.ordinal() == 0 ? Optional.empty() : Optional.of(language.code());
    }

    private String description(CommandSpec spec, UiLanguage language) {
        String d = texts.description(spec, language);
        return Cut.shortened(d, MAX_DESCRIPTION);
    }
}
