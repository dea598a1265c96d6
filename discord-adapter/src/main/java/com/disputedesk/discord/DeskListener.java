package com.disputedesk.discord;

import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.bot.Completion;
import com.disputedesk.core.bot.CompletionRequest;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.PlatformRef;
import com.disputedesk.core.chat.TypedText;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.modals.Modal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Discord's interactions (and, with the message-content intent, awaited plain messages), lets only
 * staff through, and hands each one to the core as an {@link Inbound}. The core's work runs in the chat's lane,
 * never on JDA's event thread; an interaction not answered within the configured time is deferred.
 */
final class DeskListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(DeskListener.class);
    private static final int MAX_CHOICE_NAME = 100;
    private static final int MAX_PLACEHOLDER = 100;

    private final Bot bot;
    private final StaffGate gate;
    private final ChannelPrivacy privacy;
    private final CommandMapper commands;
    private final Interactions interactions;
    private final AwaitingText awaiting;
    private final ChatLanes lanes;
    private final ScheduledExecutorService timers;
    private final Duration deferAfter;
    private final boolean messageContent;
    private final Clock clock;
    private final Messages messages = new Messages("discord");

    DeskListener(Bot bot, StaffGate gate, CommandMapper commands, Interactions interactions,
                 AwaitingText awaiting, ChatLanes lanes, ScheduledExecutorService timers, DiscordSettings settings,
                 Clock clock) {
        this.bot = bot;
        this.gate = gate;
        this.privacy = new ChannelPrivacy(settings.publicChannels());
        this.commands = commands;
        this.interactions = interactions;
        this.awaiting = awaiting;
        this.lanes = lanes;
        this.timers = timers;
        this.deferAfter = settings.deferAfter();
        this.messageContent = settings.messageContent();
        this.clock = clock;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent e) {
        if (!admitted(e)) {
            return;
        }
        PendingInteraction pending = pending(e);
        PlatformRef ref = interactions.register(pending);
        Inbound in;
        try {
            in = commands.inbound(e, pending.chat(), member(e), ref);
        } catch (RuntimeException err) {
            log.error("could not read /{} from {}", e.getFullCommandName(), e.getUser().getId(), err);
            pending.finish(messages.get(pending.language(), "unreadable"));
            return;
        }
        // A file download may take longer than Discord waits: acknowledge at once.
        handle(pending, in, in instanceof Inbound.Attachment);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent e) {
        Optional<ComponentId> id = ComponentId.parse(e.getComponentId());
        if (id.isEmpty()) {
            e.deferEdit().queue();
            return;
        }
        if (!admitted(e)) {
            return;
        }
        if (id.get() instanceof ComponentId.AskAnswer) {
            e.replyModal(answerForm(e, e.getMessage().getContentRaw())).queue(null,
                    err -> log.warn("opening the answer form failed: {}", err.toString()));
            return;
        }
        if (id.get() instanceof ComponentId.Pick pick) {
            choose(e, pick.choiceId());
        } else {
            e.deferEdit().queue();
        }
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent e) {
        Optional<ComponentId> id = ComponentId.parse(e.getComponentId());
        if (id.isEmpty() || !(id.get() instanceof ComponentId.Menu) || e.getValues().isEmpty()) {
            e.deferEdit().queue();
            return;
        }
        if (admitted(e)) {
            choose(e, e.getValues().get(0));
        }
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent e) {
        Optional<ComponentId> id = ComponentId.parse(e.getModalId());
        var input = e.getValue(ComponentId.AnswerForm.INPUT);
        if (id.isEmpty() || !(id.get() instanceof ComponentId.AnswerForm) || input == null) {
            e.deferEdit().queue();
            return;
        }
        if (!admitted(e)) {
            return;
        }
        PendingInteraction pending = pending(e);
        PlatformRef ref = interactions.register(pending);
        awaiting.clear(pending.chat(), pending.userId());
        handle(pending, new Inbound.Text(pending.chat(), member(e), input.getAsString(), Optional.of(ref)), false);
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent e) {
        // Not in the chat's lane: a suggestion must not wait behind a slow step (Discord allows 3 s, no deferral).
        lanes.runFree(() -> {
            List<Command.Choice> choices = List.of();
            try {
                if (e.isFromGuild() && gate.allows(e.getMember())) {
                    String command = e.getSubcommandName() != null ? e.getSubcommandName() : e.getName();
                    choices = bot.complete(new CompletionRequest(chat(e), member(e), command,
                            e.getFocusedOption().getName(), e.getFocusedOption().getValue())).stream()
                            .limit(CommandCatalog.MAX_CHOICES).map(DeskListener::choice).toList();
                }
            } catch (RuntimeException err) {
                // No suggestions rather than Discord's "loading options failed"; typing the number still works.
                log.error("looking up cases for autocomplete failed", err);
            }
            e.replyChoices(choices).queue(null, err -> log.warn("autocomplete answer failed: {}", err.toString()));
        });
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent e) {
        if (!messageContent || !e.isFromGuild() || e.getAuthor().isBot() || e.isWebhookMessage()) {
            return;
        }
        ChatRef chat = ChatRef.of(Platform.DISCORD, e.getGuild().getId()).inThread(e.getChannel().getId());
        if (!awaiting.take(chat, e.getAuthor().getId()) || !gate.allows(e.getMember())) {
            return;
        }
        Member member = new Member(Platform.DISCORD, e.getAuthor().getId(), e.getMember().getEffectiveName());
        Inbound in = TypedText.parse(chat, member, e.getMessage().getContentRaw(),
                Optional.of(MessageRefs.of(e.getAuthor().getId(), e.getMessageId())));
        lanes.run(chat.key(), () -> bot.handle(in));
    }

    private void choose(IReplyCallback e, String choiceId) {
        PendingInteraction pending = pending(e);
        PlatformRef ref = interactions.register(pending);
        awaiting.clear(pending.chat(), pending.userId());
        handle(pending, new Inbound.ChoicePicked(pending.chat(), member(e), choiceId, Optional.of(ref)), false);
    }

    private void handle(PendingInteraction pending, Inbound in, boolean deferNow) {
        if (deferNow) {
            pending.deferIfOpen();
        } else {
            pending.deferralScheduled(
                    timers.schedule(pending::deferIfOpen, deferAfter.toMillis(), TimeUnit.MILLISECONDS));
        }
        String done = messages.get(pending.language(), "done");
        lanes.run(pending.chat().key(), () -> {
            try {
                bot.handle(in);
            } finally {
                pending.finish(done);
            }
        });
    }

    /** Only guild members with the staff role (or Manage Server) reach the core; others are told so privately. */
    private boolean admitted(IReplyCallback e) {
        UiLanguage lang = language(e);
        if (!e.isFromGuild()) {
            e.reply(messages.get(lang, "refused.direct")).setEphemeral(true).queue();
            return false;
        }
        if (!gate.allows(e.getMember())) {
            log.info("refused non-staff member {} in guild {}", e.getUser().getId(), e.getGuild().getId());
            e.reply(messages.get(lang, "refused.staff")).setEphemeral(true).queue();
            return false;
        }
        return true;
    }

    private PendingInteraction pending(IReplyCallback e) {
        boolean privately = !privacy.mayShowDetails(e.getGuildChannel());
        return new PendingInteraction(e.getId(), e, chat(e), e.getUser().getId(), language(e), privately,
                clock.instant(), messageOf(e));
    }

    /** The bot's message a button, menu or form was on; empty for a slash command. */
    private static Optional<String> messageOf(IReplyCallback e) {
        if (e instanceof ButtonInteractionEvent b) {
            return Optional.of(b.getMessage().getId());
        }
        if (e instanceof StringSelectInteractionEvent m) {
            return Optional.of(m.getMessage().getId());
        }
        if (e instanceof ModalInteractionEvent f && f.getMessage() != null) {
            return Optional.of(f.getMessage().getId());
        }
        return Optional.empty();
    }

    private Modal answerForm(ButtonInteractionEvent e, String prompt) {
        UiLanguage lang = language(e);
        String placeholder = DiscordText.truncate(prompt.replaceAll("\\\\(\\p{Punct})", "$1").strip(),
                MAX_PLACEHOLDER);
        TextInput.Builder input = TextInput.create(ComponentId.AnswerForm.INPUT, TextInputStyle.PARAGRAPH)
                .setRequired(true).setMaxLength(TextInput.MAX_VALUE_LENGTH);
        if (!placeholder.isBlank()) {
            input.setPlaceholder(placeholder);
        }
        return Modal.create(new ComponentId.AnswerForm().render(), messages.get(lang, "answer.title"))
                .addComponents(Label.of(messages.get(lang, "answer.label"), input.build()))
                .build();
    }

    private static Command.Choice choice(Completion c) {
        return new Command.Choice(DiscordText.truncate(c.label(), MAX_CHOICE_NAME), c.value());
    }

    static ChatRef chat(Interaction e) {
        return ChatRef.of(Platform.DISCORD, e.getGuild().getId()).inThread(e.getChannelId());
    }

    static Member member(Interaction e) {
        String name = e.getMember() != null ? e.getMember().getEffectiveName() : e.getUser().getEffectiveName();
        return new Member(Platform.DISCORD, e.getUser().getId(), name);
    }

    /** The member's own Discord language, for the adapter's few words of its own. */
    static UiLanguage language(Interaction e) {
        DiscordLocale locale = e.getUserLocale();
        return UiLanguage.forTag(locale == null ? null : locale.getLocale());
    }
}
