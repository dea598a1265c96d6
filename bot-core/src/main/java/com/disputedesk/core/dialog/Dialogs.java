package com.disputedesk.core.dialog;

import com.disputedesk.core.bot.ChoiceHandler;
import com.disputedesk.core.bot.Conversation;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.Transactions;
import com.disputedesk.core.kernel.UiLanguage;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialog engine. It runs any {@link DialogSpec}: asks the step that applies, reads the answer (typed text,
 * an option's number or label, or a button), stores the state after every move, and offers back / skip /
 * cancel and a summary where any field can be edited before confirming. One dialog per member per chat.
 *
 * <p>This class finds the member's running dialog (dropping one that expired or that this version cannot
 * continue) and hands the turn on. The rules kept in the engine rather than in each dialog live with the job
 * they belong to: reading typed text ({@link TypedInput}, {@link AnswerReader}), buttons ({@link ButtonPresses}),
 * the moves between questions ({@link Moves}), the summary ({@link SummaryMoves}) and saying where the dialog is
 * ({@link Prompter}, {@link DialogView}).
 */
public final class Dialogs implements Conversation, ChoiceHandler {

    private static final Logger log = LoggerFactory.getLogger(Dialogs.class);
    private static final Set<String> CLAIMED_COMMANDS = Set.of("back", "skip", "cancel");

    private final DialogStore store;
    private final Duration expiry;
    private final Map<String, DialogSpec> specs = new LinkedHashMap<>();
    private final Messages messages = new Messages("dialog");
    private final PromptSlots slots = new PromptSlots();
    private final Prompter prompter = new Prompter(messages, new DialogView(messages), slots);
    private final Moves moves;
    private final ButtonPresses buttons;
    private final TypedInput typed;

    /**
     * @param store  where states are kept
     * @param expiry how long a draft may sit without a move before it is dropped
     * @param dialogs the dialogs members can start
     */
    public Dialogs(DialogStore store, Duration expiry, List<DialogSpec> dialogs) {
        this(store, expiry, dialogs, Transactions.none());
    }

    /**
     * @param store        where states are kept
     * @param expiry       how long a draft may sit without a move before it is dropped
     * @param dialogs      the dialogs members can start
     * @param transactions units over the database of {@code store} and of what the dialogs' completions change:
     *                     a confirmation and the draft's removal are one
     */
    public Dialogs(DialogStore store, Duration expiry, List<DialogSpec> dialogs, Transactions transactions) {
        if (expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("dialog expiry must be positive");
        }
        this.store = store;
        this.expiry = expiry;
        for (DialogSpec d : dialogs) {
            specs.put(d.id(), d);
        }
        this.moves = new Moves(store, messages, prompter);
        SummaryMoves summary = new SummaryMoves(store, messages, prompter, moves, transactions);
        this.buttons = new ButtonPresses(prompter, moves, summary);
        this.typed = new TypedInput(new AnswerReader(messages), prompter, moves, summary, buttons, messages);
    }

    /** What the store holds for a member. */
    private enum Found {
        NONE,
        EXPIRED,
        RUNNING
    }

    private record Lookup(Found found, Optional<Running> running, Optional<DialogSpec> expiredSpec) {
    }

    // ---------------------------------------------------------------- entry points

    /** Starts {@code dialogId} for the member, or resumes the draft they already have. */
    public void start(Turn turn, String dialogId) {
        DialogSpec spec = specs.get(dialogId);
        if (spec == null) {
            throw new IllegalArgumentException("no dialog " + dialogId);
        }
        Lookup found = lookup(turn);
        String preface = messages.get(turn.language(), "dialog.started");
        if (found.found() == Found.RUNNING) {
            Running r = found.running().orElseThrow();
            if (r.spec().id().equals(dialogId)) {
                String where = slots.shownSinceStart(r.key()) ? messages.get(turn.language(), "dialog.resumed")
                        : whereItStands(turn, r);
                // Asked for again, the draft shows at the bottom of the chat, not in its old message far up.
                slots.renew(turn, r.key(), r.state());
                prompter.ask(turn, r.spec(), r.state(), where);
                return;
            }
            // Another dialog is open: this one replaces it, and the member is told.
            store.delete(r.key().key());
            slots.forget(r.key());
            preface = messages.get(turn.language(), "dialog.replaced") + "\n" + preface;
        } else if (found.found() == Found.EXPIRED) {
            preface = messages.get(turn.language(), "dialog.expired.restarted") + "\n" + preface;
        }
        purgeIdle(turn.now());
        moves.begin(turn, key(turn), spec, preface);
    }

    @Override
    public boolean onText(Turn turn, Inbound.Text text) {
        return withRunning(turn, r -> {
            if (!text.addressed() && !awaitsTyping(r)) {
                // Group chatter while the draft waits for a press: not an answer, and not worth a word.
                return;
            }
            if (slots.shownSinceStart(r.key())) {
                typed.typed(turn, r, text.text().strip());
            } else {
                // A draft from before a restart: what was typed may answer a question the member no longer
                // sees. Say where the draft stands and ask that question again, in a new message.
                slots.renew(turn, r.key(), r.state());
                prompter.ask(turn, r.spec(), r.state(), whereItStands(turn, r));
            }
        });
    }

    /** Whether the draft's question waits for typed text (not only a press of its buttons). */
    private static boolean awaitsTyping(Running r) {
        return !r.state().atSummary() && r.current().readsTyped();
    }

    /** "You were at question 7 of 12: Order amount", or that the draft is at its summary. */
    private String whereItStands(Turn turn, Running r) {
        if (r.state().atSummary()) {
            return messages.get(turn.language(), "intake.restarted.summary");
        }
        List<Step<?>> fields = Route.fields(r.spec(), r.state().answers());
        Step<?> current = r.current();
        int at = fields.stream().map(Step::id).toList().indexOf(current.id());
        int number = at < 0 ? r.spec().indexOf(current.id()) + 1 : at + 1;
        int total = Math.max(fields.size(), number);
        return messages.get(turn.language(), "intake.restarted", number, total,
                current.label().in(Prompter.context(turn, r.state().answers())));
    }

    @Override
    public boolean onCommand(Turn turn, Inbound.Command command) {
        if (!CLAIMED_COMMANDS.contains(command.name())) {
            return false;
        }
        return withRunning(turn, r -> moves.control(turn, r, command.name()));
    }

    @Override
    public String prefix() {
        return DialogButton.PREFIX;
    }

    @Override
    public void handle(Turn turn, String idAfterPrefix) {
        Optional<DialogButton> button = DialogButton.parsePayload(idAfterPrefix);
        if (button.isPresent() && !button.get().owner().equals(owner(turn))) {
            // Only the draft's owner moves it; the presser's own draft is not touched either, and the chat and the
            // owner's message see nothing: the refusal is the presser's alone.
            turn.tellPresser(messages.get(turn.language(), "dialog.button.other"));
            return;
        }
        boolean running = withRunning(turn, r -> {
            if (button.isPresent()) {
                buttons.pressed(turn, r, button.get());
            } else {
                // A button of an older version of the engine: its draft continues, by the current question.
                prompter.stale(turn, r);
            }
        });
        if (!running) {
            turn.say(messages.get(turn.language(), "dialog.button.none"));
        }
    }

    /**
     * Hands the member's running dialog to {@code then}; an expired one is dropped and the member told.
     *
     * @return false when the member has no dialog here at all
     */
    private boolean withRunning(Turn turn, Consumer<Running> then) {
        Lookup found = lookup(turn);
        if (found.found() == Found.NONE) {
            return false;
        }
        if (found.found() == Found.EXPIRED) {
            sayExpired(turn, found.expiredSpec().orElseThrow());
        } else {
            then.accept(found.running().orElseThrow());
        }
        return true;
    }

    // ---------------------------------------------------------------- the running dialog

    private Lookup lookup(Turn turn) {
        DialogKey key = key(turn);
        Optional<StoredDialog> stored = store.load(key.key());
        if (stored.isEmpty()) {
            return new Lookup(Found.NONE, Optional.empty(), Optional.empty());
        }
        DialogSpec spec = specs.get(stored.get().dialogId());
        DialogState state;
        try {
            state = spec == null ? null : DialogStateJson.read(stored.get().state(), spec);
        } catch (IllegalArgumentException e) {
            state = null;
        }
        if (spec == null || state == null
                || !state.position().stepId().map(id -> spec.step(id).isPresent()).orElse(true)) {
            // A dialog this version cannot continue (renamed step, unknown dialog): drop it rather than fail forever.
            log.warn("dropping unusable dialog state {} of {}", stored.get().dialogId(), key.key());
            store.delete(key.key());
            return new Lookup(Found.NONE, Optional.empty(), Optional.empty());
        }
        if (expired(stored.get().updatedAt(), turn.now())) {
            store.delete(key.key());
            slots.forget(key);
            return new Lookup(Found.EXPIRED, Optional.empty(), Optional.of(spec));
        }
        return new Lookup(Found.RUNNING, Optional.of(new Running(key, spec, state)), Optional.empty());
    }

    private boolean expired(Instant updatedAt, Instant now) {
        return !updatedAt.plus(expiry).isAfter(now);
    }

    /**
     * Drops drafts idle for twice the expiry: an expired draft is kept one more period so that its member,
     * writing again, hears that it expired rather than a puzzled "type /new".
     */
    private void purgeIdle(Instant now) {
        int purged = store.deleteIdleSince(now.minus(expiry).minus(expiry));
        if (purged > 0) {
            log.info("purged {} abandoned dialog drafts", purged);
        }
    }

    private static DialogKey key(Turn turn) {
        return new DialogKey(turn.chat(), turn.member());
    }

    /**
     * The member as carried in button ids: in a group chat everyone sees everyone's buttons, and a press must
     * not answer someone else's draft (nor one's own, by accident of the same step).
     */
    static DialogButton.Owner owner(Turn turn) {
        return DialogButton.Owner.of(turn.member());
    }

    private void sayExpired(Turn turn, DialogSpec spec) {
        turn.say(messages.get(turn.language(), "dialog.expired", duration(turn.language()), spec.command()));
    }

    private String duration(UiLanguage lang) {
        if (expiry.toMinutes() % 60 != 0) {
            return messages.get(lang, "dialog.duration.minutes", expiry.toMinutes());
        }
        return messages.get(lang, "dialog.duration.hours", expiry.toHours());
    }
}
