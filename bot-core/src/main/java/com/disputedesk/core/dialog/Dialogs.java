package com.disputedesk.core.dialog;

import com.disputedesk.core.bot.ChoiceHandler;
import com.disputedesk.core.bot.Conversation;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.team.UiLanguage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialog engine. It runs any {@link DialogSpec}: asks the step that applies, reads the answer (typed text,
 * an option's number or label, or a button), stores the state after every move, and offers back / skip /
 * cancel and a summary where any field can be edited before confirming. One dialog per member per chat.
 *
 * <p>Rules kept here rather than in each dialog: a rejected answer changes nothing (not even the idle clock);
 * an answer is stored as its canonical string, so a stored answer can be parsed again, which is how answers that
 * an edit made invalid (an item cost above a lowered order amount) are found and asked again; a typed number
 * on a choice step means the button of that number, as the console prints them.
 */
public final class Dialogs implements Conversation, ChoiceHandler {
    /** The prefix of every button id the engine sends. */
    public static final String PREFIX = "dlg";

    private static final Logger log = LoggerFactory.getLogger(Dialogs.class);
    private static final Set<String> CLAIMED_COMMANDS = Set.of("back", "skip", "cancel");

    private final DialogStore store;
    private final Duration expiry;
    private final Map<String, DialogSpec> specs = new LinkedHashMap<>();
    private final Messages messages = new Messages("dialog");
    private final DialogView view = new DialogView(messages);

    /**
     * @param store  where states are kept
     * @param expiry how long a draft may sit without a move before it is dropped
     * @param dialogs the dialogs members can start
     */
    public Dialogs(DialogStore store, Duration expiry, List<DialogSpec> dialogs) {
        if (expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("dialog expiry must be positive");
        }
        this.store = store;
        this.expiry = expiry;
        for (DialogSpec d : dialogs) {
            specs.put(d.id(), d);
        }
    }

    /** A running dialog: its key, definition and state. */
    private record Running(DialogKey key, DialogSpec spec, DialogState state) {
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
                ask(turn, r.spec(), r.state(), messages.get(turn.language(), "dialog.resumed"));
                return;
            }
            // Another dialog is open: this one replaces it, and the member is told.
            store.delete(r.key().key());
            preface = messages.get(turn.language(), "dialog.replaced") + "\n" + preface;
        } else if (found.found() == Found.EXPIRED) {
            preface = messages.get(turn.language(), "dialog.expired.restarted") + "\n" + preface;
        }
        purgeIdle(turn.now());
        Instant now = turn.now();
        DialogState fresh = new DialogState(spec.id(), "", Answers.none(), false, List.of(), now, now);
        String first = Route.next(spec, fresh.answers(), -1, false);
        DialogState state = fresh.at(first, fresh.answers(), false, now);
        save(key(turn), state);
        ask(turn, spec, state, preface);
    }

    /** Whether the member has a dialog open (not expired) in this chat. */
    public boolean isRunning(Turn turn) {
        Optional<StoredDialog> stored = store.load(key(turn).key());
        return stored.isPresent() && !expired(stored.get().updatedAt(), turn.now());
    }

    @Override
    public boolean onText(Turn turn, Inbound.Text text) {
        Lookup found = lookup(turn);
        if (found.found() == Found.NONE) {
            return false;
        }
        if (found.found() == Found.EXPIRED) {
            sayExpired(turn, found.expiredSpec().orElseThrow());
            return true;
        }
        typed(turn, found.running().orElseThrow(), text.text().strip());
        return true;
    }

    @Override
    public boolean onCommand(Turn turn, Inbound.Command command) {
        if (!CLAIMED_COMMANDS.contains(command.name())) {
            return false;
        }
        Lookup found = lookup(turn);
        if (found.found() == Found.NONE) {
            return false;
        }
        if (found.found() == Found.EXPIRED) {
            sayExpired(turn, found.expiredSpec().orElseThrow());
            return true;
        }
        control(turn, found.running().orElseThrow(), command.name());
        return true;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void handle(Turn turn, String idAfterPrefix) {
        int colon = idAfterPrefix.indexOf(':');
        if (colon < 0 || !idAfterPrefix.substring(0, colon).equals(owner(turn))) {
            turn.say(messages.get(turn.language(), "dialog.button.other"));
            return;
        }
        String payload = idAfterPrefix.substring(colon + 1);
        Lookup found = lookup(turn);
        if (found.found() == Found.NONE) {
            turn.say(messages.get(turn.language(), "dialog.button.none"));
            return;
        }
        if (found.found() == Found.EXPIRED) {
            sayExpired(turn, found.expiredSpec().orElseThrow());
            return;
        }
        pressed(turn, found.running().orElseThrow(), payload);
    }

    // ---------------------------------------------------------------- typed text

    private void typed(Turn turn, Running r, String text) {
        Optional<String> word = word(text);
        if (word.isPresent() && word.get().equals("cancel")) {
            cancel(turn, r);
            return;
        }
        if (r.state().atSummary()) {
            summaryTyped(turn, r, text, word);
            return;
        }
        if (word.isPresent() && (word.get().equals("back") || word.get().equals("skip"))) {
            control(turn, r, word.get());
            return;
        }
        Step step = current(r);
        StepContext ctx = ctx(turn, r.state().answers());
        switch (step.kind()) {
            case TEXT -> accept(turn, r, step, step.parser().parse(text, ctx));
            case SINGLE -> single(turn, r, step, text, ctx);
            case MULTI -> multi(turn, r, step, text, word, ctx);
            default -> throw new IllegalStateException("unknown step kind " + step.kind());
        }
    }

    private void single(Turn turn, Running r, Step step, String text, StepContext ctx) {
        List<Option> options = step.options().list(ctx);
        Optional<Integer> number = number(text);
        if (number.isPresent()) {
            int n = number.get();
            if (n >= 1 && n <= options.size()) {
                accept(turn, r, step, Parsed.ok(options.get(n - 1).value()));
                return;
            }
            List<Choice> controls = view.controls(r.spec(), r.state(), step, ctx.language(), owner(turn));
            int c = n - options.size();
            if (c >= 1 && c <= controls.size()) {
                pressed(turn, r, controls.get(c - 1).id().substring((PREFIX + ":" + owner(turn) + ":").length()));
                return;
            }
        }
        Optional<Option> match = match(options, text);
        accept(turn, r, step, match.isPresent() ? Parsed.ok(match.get().value()) : step.parser().parse(text, ctx));
    }

    private void multi(Turn turn, Running r, Step step, String text, Optional<String> word, StepContext ctx) {
        List<Option> options = step.options().list(ctx);
        if (word.isPresent() && word.get().equals("done")) {
            accept(turn, r, step, Parsed.ok(joinSelected(options, r.state().selected())));
            return;
        }
        if (word.isPresent() && word.get().equals("none")) {
            accept(turn, r, step, Parsed.ok(Step.NONE));
            return;
        }
        List<String> picked = new ArrayList<>();
        for (String part : text.split("[,;，、]+")) {
            String token = part.strip();
            if (token.isEmpty()) {
                continue;
            }
            Optional<Integer> n = number(token);
            Optional<Option> o = n.isPresent()
                    ? (n.get() >= 1 && n.get() <= options.size() ? Optional.of(options.get(n.get() - 1)) : Optional.empty())
                    : match(options, token);
            if (o.isEmpty()) {
                accept(turn, r, step, Parsed.rejected(messages.get(turn.language(), "dialog.multi.unknown", token)));
                return;
            }
            picked.add(o.get().value());
        }
        if (picked.isEmpty()) {
            accept(turn, r, step, Parsed.rejected());
            return;
        }
        accept(turn, r, step, Parsed.ok(joinSelected(options, picked)));
    }

    // ---------------------------------------------------------------- buttons

    private void pressed(Turn turn, Running r, String payload) {
        String[] parts = payload.split(":");
        String what = parts[0];
        if (what.equals("cancel")) {
            cancel(turn, r);
            return;
        }
        if (what.equals("ok") || what.equals("e")) {
            if (!r.state().atSummary()) {
                stale(turn, r);
                return;
            }
            if (what.equals("ok")) {
                confirm(turn, r);
            } else {
                edit(turn, r, parseIndex(parts, 1));
            }
            return;
        }
        int stepIndex = parseIndex(parts, 1);
        if (r.state().atSummary() || stepIndex != r.spec().indexOf(r.state().step())) {
            stale(turn, r);
            return;
        }
        Step step = current(r);
        StepContext ctx = ctx(turn, r.state().answers());
        List<Option> options = step.options().list(ctx);
        switch (what) {
            case "back", "skip" -> control(turn, r, what);
            case "c" -> {
                int o = parseIndex(parts, 2);
                if (step.kind() != Step.Kind.SINGLE || o < 0 || o >= options.size()) {
                    stale(turn, r);
                } else {
                    accept(turn, r, step, Parsed.ok(options.get(o).value()));
                }
            }
            case "t" -> {
                int o = parseIndex(parts, 2);
                if (step.kind() != Step.Kind.MULTI || o < 0 || o >= options.size()) {
                    stale(turn, r);
                } else {
                    toggle(turn, r, step, options.get(o).value());
                }
            }
            case "done" -> accept(turn, r, step, Parsed.ok(joinSelected(options, r.state().selected())));
            default -> stale(turn, r);
        }
    }

    private void toggle(Turn turn, Running r, Step step, String value) {
        List<String> selected = new ArrayList<>(r.state().selected());
        if (!selected.remove(value)) {
            selected.add(value);
        }
        DialogState state = r.state().withSelected(selected, turn.now());
        save(r.key(), state);
        ask(turn, r.spec(), state, "");
    }

    // ---------------------------------------------------------------- back / skip / cancel

    private void control(Turn turn, Running r, String what) {
        if (what.equals("cancel")) {
            cancel(turn, r);
        } else if (what.equals("back")) {
            back(turn, r);
        } else if (r.state().atSummary()) {
            say(turn, r, messages.get(turn.language(), "dialog.skip.summary"));
        } else {
            skip(turn, r);
        }
    }

    private void back(Turn turn, Running r) {
        DialogState s = r.state();
        Answers answers = s.answers();
        if (s.atSummary()) {
            int last = Route.previous(r.spec(), answers, r.spec().steps().size());
            move(turn, r, s.at(r.spec().steps().get(last).id(), answers, false, turn.now()), "");
            return;
        }
        if (s.editing()) {
            String target = Route.firstOpen(r.spec(), answers);
            move(turn, r, s.at(target, answers, !target.equals(DialogState.SUMMARY), turn.now()), "");
            return;
        }
        int prev = Route.previous(r.spec(), answers, r.spec().indexOf(s.step()));
        if (prev < 0) {
            ask(turn, r.spec(), s, messages.get(turn.language(), "dialog.back.first"));
            return;
        }
        move(turn, r, s.at(r.spec().steps().get(prev).id(), answers, false, turn.now()), "");
    }

    private void skip(Turn turn, Running r) {
        Step step = current(r);
        StepContext ctx = ctx(turn, r.state().answers());
        if (!step.optional()) {
            ask(turn, r.spec(), r.state(), messages.get(turn.language(), "dialog.skip.required") + "\n"
                    + step.retry().in(ctx), false);
            return;
        }
        accept(turn, r, step, Parsed.ok(Answers.SKIPPED));
    }

    private void cancel(Turn turn, Running r) {
        store.delete(r.key().key());
        turn.say(messages.get(turn.language(), "dialog.cancelled"));
    }

    // ---------------------------------------------------------------- accepting and moving on

    private void accept(Turn turn, Running r, Step step, Parsed parsed) {
        StepContext ctx = ctx(turn, r.state().answers());
        if (parsed instanceof Parsed.Rejected rejected) {
            String why = rejected.why().map(w -> w + "\n").orElse("");
            ask(turn, r.spec(), r.state(), why + step.retry().in(ctx), false);
            return;
        }
        String canonical = ((Parsed.Accepted) parsed).canonical();
        int index = r.spec().indexOf(step.id());
        Answers answers = Route.revalidateAfter(r.spec(), r.state().answers().with(step.id(), canonical), index,
                a -> ctx(turn, a));
        boolean editing = r.state().editing();
        String next = Route.next(r.spec(), answers, index, editing);
        move(turn, r, r.state().at(next, answers, editing && !next.equals(DialogState.SUMMARY), turn.now()), "");
    }

    private void move(Turn turn, Running r, DialogState state, String preface) {
        DialogState shown = state;
        if (state.atSummary()) {
            String missing = Route.firstOpen(r.spec(), state.answers());
            if (!missing.equals(DialogState.SUMMARY)) {
                shown = state.at(missing, state.answers(), true, turn.now());
            }
        }
        save(r.key(), shown);
        ask(turn, r.spec(), shown, preface);
    }

    // ---------------------------------------------------------------- summary

    private void summaryTyped(Turn turn, Running r, String text, Optional<String> word) {
        if (word.isPresent() && word.get().equals("confirm")) {
            confirm(turn, r);
            return;
        }
        if (word.isPresent() && word.get().equals("back")) {
            back(turn, r);
            return;
        }
        if (word.isPresent() && word.get().equals("skip")) {
            say(turn, r, messages.get(turn.language(), "dialog.skip.summary"));
            return;
        }
        String t = text.toLowerCase(Locale.ROOT).replaceFirst("^(edit|编辑|修改)\\s*", "");
        Optional<Integer> n = number(t);
        if (n.isPresent()) {
            List<Step> fields = Route.fields(r.spec(), r.state().answers());
            if (n.get() == fields.size() + 1) {
                confirm(turn, r);
            } else if (n.get() == fields.size() + 2) {
                cancel(turn, r);
            } else {
                edit(turn, r, n.get() - 1);
            }
            return;
        }
        ask(turn, r.spec(), r.state(), messages.get(turn.language(), "dialog.summary.retry"), false);
    }

    private void edit(Turn turn, Running r, int fieldIndex) {
        List<Step> fields = Route.fields(r.spec(), r.state().answers());
        if (fieldIndex < 0 || fieldIndex >= fields.size()) {
            ask(turn, r.spec(), r.state(), messages.get(turn.language(), "dialog.edit.unknown", fields.size()), false);
            return;
        }
        DialogState state = r.state().at(fields.get(fieldIndex).id(), r.state().answers(), true, turn.now());
        save(r.key(), state);
        ask(turn, r.spec(), state, "");
    }

    private void confirm(Turn turn, Running r) {
        Answers answers = r.state().answers();
        StepContext ctx = ctx(turn, answers);
        String missing = Route.firstOpen(r.spec(), answers);
        if (!missing.equals(DialogState.SUMMARY)) {
            move(turn, r, r.state().at(missing, answers, true, turn.now()), "");
            return;
        }
        Map<String, String> applicable = new LinkedHashMap<>();
        List<DialogSpec.Line> lines = new ArrayList<>();
        for (Step s : Route.fields(r.spec(), answers)) {
            applicable.put(s.id(), answers.asMap().get(s.id()));
            lines.add(new DialogSpec.Line(s.id(), s.label().in(ctx), view.shown(s, answers, ctx),
                    !answers.skipped(s.id())));
        }
        Answers kept = new Answers(applicable);
        r.spec().onConfirm().complete(turn, new DialogSpec.Confirmed(kept, lines, ctx(turn, kept)));
        store.delete(r.key().key());
    }

    // ---------------------------------------------------------------- asking

    private void ask(Turn turn, DialogSpec spec, DialogState state, String preface) {
        ask(turn, spec, state, preface, true);
    }

    /** Says the current question (or the summary); with {@code withQuestion} false only the preface. */
    private void ask(Turn turn, DialogSpec spec, DialogState state, String preface, boolean withQuestion) {
        StepContext ctx = ctx(turn, state.answers());
        turn.say(state.atSummary() ? view.summary(spec, state, ctx, preface, owner(turn))
                : view.question(spec, state, ctx, preface, withQuestion, owner(turn)));
    }

    private void stale(Turn turn, Running r) {
        ask(turn, r.spec(), r.state(), messages.get(turn.language(), "dialog.button.stale"));
    }

    private void say(Turn turn, Running r, String preface) {
        ask(turn, r.spec(), r.state(), preface, false);
    }

    private void sayExpired(Turn turn, DialogSpec spec) {
        turn.say(messages.get(turn.language(), "dialog.expired", duration(turn.language()), spec.command()));
    }

    // ---------------------------------------------------------------- state

    private Lookup lookup(Turn turn) {
        DialogKey key = key(turn);
        Optional<StoredDialog> stored = store.load(key.key());
        if (stored.isEmpty()) {
            return new Lookup(Found.NONE, Optional.empty(), Optional.empty());
        }
        DialogSpec spec = specs.get(stored.get().dialogId());
        DialogState state;
        try {
            state = DialogStateJson.read(stored.get().state());
        } catch (IllegalArgumentException e) {
            state = null;
        }
        if (spec == null || state == null || !(state.atSummary() || spec.step(state.step()).isPresent())) {
            // A dialog this version cannot continue (renamed step, unknown dialog): drop it rather than fail forever.
            log.warn("dropping unusable dialog state {} of {}", stored.get().dialogId(), key.key());
            store.delete(key.key());
            return new Lookup(Found.NONE, Optional.empty(), Optional.empty());
        }
        if (expired(stored.get().updatedAt(), turn.now())) {
            store.delete(key.key());
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

    private void save(DialogKey key, DialogState state) {
        store.save(new StoredDialog(key.key(), state.dialogId(), DialogStateJson.write(state), state.updatedAt()));
    }

    private static DialogKey key(Turn turn) {
        return new DialogKey(turn.chat(), turn.member());
    }

    /**
     * A short tag of the member, carried in button ids: in a group chat everyone sees everyone's buttons, and a
     * press must not answer someone else's draft (nor one's own, by accident of the same step).
     */
    static String owner(Turn turn) {
        return String.format("%04x", turn.member().key().hashCode() & 0xffff);
    }

    private static Step current(Running r) {
        return r.spec().step(r.state().step()).orElseThrow();
    }

    private static StepContext ctx(Turn turn, Answers answers) {
        return new StepContext(answers, turn.language(), LocalDate.ofInstant(turn.now(), turn.team().zone()));
    }

    // ---------------------------------------------------------------- small readers

    /** The engine word typed ("back", "返回" ...), in either team language, as its English key. */
    private Optional<String> word(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("/")) {
            t = t.substring(1);
        }
        for (String w : List.of("back", "skip", "cancel", "done", "none", "confirm")) {
            for (UiLanguage lang : UiLanguage.values()) {
                for (String alias : messages.get(lang, "word." + w).split("\\|")) {
                    if (alias.strip().toLowerCase(Locale.ROOT).equals(t)) {
                        return Optional.of(w);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Option> match(List<Option> options, String text) {
        String t = text.strip();
        return options.stream()
                .filter(o -> o.label().equalsIgnoreCase(t) || o.value().equalsIgnoreCase(t))
                .findFirst();
    }

    private static Optional<Integer> number(String text) {
        String t = text.strip();
        if (!t.matches("[0-9]{1,3}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(t));
    }

    private static int parseIndex(String[] parts, int at) {
        if (parts.length <= at || !parts[at].matches("[0-9]{1,3}")) {
            return -1;
        }
        return Integer.parseInt(parts[at]);
    }

    private static String joinSelected(List<Option> options, List<String> selected) {
        List<String> inOrder = options.stream().map(Option::value).filter(selected::contains).distinct().toList();
        return inOrder.isEmpty() ? Step.NONE : String.join(",", inOrder);
    }

    private String duration(UiLanguage lang) {
        if (expiry.toMinutes() % 60 != 0) {
            return messages.get(lang, "dialog.duration.minutes", expiry.toMinutes());
        }
        return messages.get(lang, "dialog.duration.hours", expiry.toHours());
    }
}
