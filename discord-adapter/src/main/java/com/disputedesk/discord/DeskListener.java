package com.disputedesk.discord;

import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.bot.Completion;
import com.disputedesk.core.bot.CompletionRequest;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.FileOffer;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.PlatformRef;
import com.disputedesk.core.chat.TypedText;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
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
    private final MessageTargets targets = new MessageTargets();
    /** The core's intake command (/dispute new), which takes the link of the message it is opened from. */
    private static final String INTAKE_COMMAND = "new";
    /** The core's evidence command and its case param: the open cases are suggested for it. */
    private static final String EVIDENCE_COMMAND = "evidence";
    private static final String EVIDENCE_CASE = "case";

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

    /**
     * The message commands: "Open dispute from this message" starts the intake with the message's link (the case's
     * timeline keeps it); "Add to case as evidence" asks, privately, which open case the message goes to.
     */
    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent e) {
        if (!admitted(e)) {
            return;
        }
        Message target = e.getTarget();
        if (e.getName().equals(CommandCatalog.OPEN_FROM_MESSAGE)) {
            PendingInteraction pending = pending(e);
            PlatformRef ref = interactions.register(pending);
            String link = target.getJumpUrl();
            handle(pending, List.of(new Inbound.Command(pending.chat(), member(e), INTAKE_COMMAND,
                    List.of(link), link, Optional.of(ref))), false);
        } else if (e.getName().equals(CommandCatalog.EVIDENCE_FROM_MESSAGE)) {
            askWhichCase(e, target);
        } else {
            e.reply(messages.get(language(e), "unreadable")).setEphemeral(true).queue();
        }
    }

    /** The open cases as a private list to pick from; the message is kept until one is picked. */
    private void askWhichCase(MessageContextInteractionEvent e, Message target) {
        UiLanguage lang = language(e);
        if (target.getContentRaw().isBlank() && target.getAttachments().isEmpty()) {
            e.reply(messages.get(lang, "menu.evidence.empty")).setEphemeral(true).queue();
            return;
        }
        ChatRef chat = chat(e);
        Member member = member(e);
        // Not in the chat's lane: the list must be answered within Discord's 3 s, not behind a slow step.
        lanes.runFree(() -> {
            List<Completion> open = List.of();
            try {
                open = bot.complete(new CompletionRequest(chat, member, EVIDENCE_COMMAND, EVIDENCE_CASE, ""));
            } catch (RuntimeException err) {
                log.error("looking up open cases for a message's evidence failed", err);
            }
            if (open.isEmpty()) {
                e.reply(messages.get(lang, "menu.evidence.none")).setEphemeral(true).queue();
                return;
            }
            String author = target.getMember() != null ? target.getMember().getEffectiveName()
                    : target.getAuthor().getEffectiveName();
            targets.keep(e.getId(), new MessageTargets.Target(target.getJumpUrl(), author, target.getContentRaw(),
                    target.getAttachments(), clock.instant()));
            StringSelectMenu.Builder menu = StringSelectMenu.create(new ComponentId.EvidenceTarget(e.getId()).render());
            open.stream().limit(CommandCatalog.MAX_CHOICES).forEach(c -> menu.addOption(
                    DiscordText.truncate(c.label(), MAX_CHOICE_NAME), c.value()));
            e.reply(messages.get(lang, "menu.evidence.pick")).setEphemeral(true)
                    .addComponents(ActionRow.of(menu.build()))
                    .queue(null, err -> log.warn("asking which case failed: {}", err.toString()));
        });
    }

    /**
     * The picked case gets the kept message: each file as evidence, and its text (with its link and author) as a
     * text file, exactly as files captioned "/evidence &lt;case&gt;" are.
     */
    private void evidenceTo(StringSelectInteractionEvent e, String key, String caseRef) {
        Optional<MessageTargets.Target> target = targets.take(key, clock.instant());
        if (target.isEmpty()) {
            e.reply(messages.get(language(e), "menu.evidence.expired")).setEphemeral(true).queue();
            return;
        }
        PendingInteraction pending = pending(e);
        PlatformRef ref = interactions.register(pending);
        Member member = member(e);
        String caption = "/" + EVIDENCE_COMMAND + " " + caseRef;
        List<Inbound> in = new ArrayList<>();
        for (Message.Attachment file : target.get().attachments()) {
            in.add(new Inbound.Attachment(pending.chat(), member, commands.offer(file), caption, Optional.of(ref)));
        }
        if (!target.get().content().isBlank()) {
            in.add(new Inbound.Attachment(pending.chat(), member, textOf(key, target.get()), caption,
                    Optional.of(ref)));
        }
        // File downloads may take longer than Discord waits: acknowledge at once.
        handle(pending, in, true);
    }

    /** A message's text as a file: its link and author first, so the evidence says where it came from. */
    private static FileOffer textOf(String key, MessageTargets.Target t) {
        byte[] bytes = (t.link() + "\n" + t.author() + ":\n" + t.content() + "\n").getBytes(StandardCharsets.UTF_8);
        return new FileOffer("message-" + key + ".txt", "text/plain", bytes.length,
                () -> new ByteArrayInputStream(bytes));
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
        if (id.isPresent() && id.get() instanceof ComponentId.EvidenceTarget t && !e.getValues().isEmpty()) {
            if (admitted(e)) {
                evidenceTo(e, t.message(), e.getValues().get(0));
            }
            return;
        }
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
        handle(pending, List.of(in), deferNow);
    }

    /** Hands {@code in} to the core one after the other in the chat's lane, then finishes the interaction. */
    private void handle(PendingInteraction pending, List<Inbound> in, boolean deferNow) {
        if (deferNow) {
            pending.deferIfOpen();
        } else {
            pending.deferralScheduled(
                    timers.schedule(pending::deferIfOpen, deferAfter.toMillis(), TimeUnit.MILLISECONDS));
        }
        String done = messages.get(pending.language(), "done");
        lanes.run(pending.chat().key(), () -> {
            try {
                in.forEach(bot::handle);
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
