package com.disputedesk.core.dialog;

import com.disputedesk.core.text.TextField;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One question of a dialog, as data: what to ask, how to read the answer into its typed value, what to say when
 * the answer is not usable, and when the question applies at all. The engine ({@link Dialogs}) does the rest:
 * buttons, numbers, back / skip / cancel, the summary.
 *
 * @param key         the typed name of the answer; its id is the key in the stored state (it goes into button ids)
 * @param kind        free text, one choice, or several choices
 * @param label       the field's name in the summary
 * @param prompt      the question
 * @param retry       said after a rejected answer: what is expected
 * @param parser      reads typed text into a value; for choice steps it is asked only when the text matches no
 *                    option (e.g. any ISO language code besides the offered ones)
 * @param options     the options of a choice step, computed from the answers so far; each option's value is the
 *                    stored form (through the key's codec) of the value it stands for; empty for text steps
 * @param optional    whether the member may skip it
 * @param appliesWhen whether it is asked, given the answers so far; a step that does not apply is passed over
 *                    going forward and going back, and its answer is ignored
 * @param display     how an answer reads in the summary; {@code null} shows option labels or the stored form
 * @param skippedAs   how a skipped answer reads in the summary
 * @param field       how long typed text may be: every typed answer is cleaned by
 *                    {@link com.disputedesk.core.text.TextPolicy} against it before any parser reads it; a text
 *                    step takes {@link TextField#FREE_TEXT} (1000) unless it declares less with {@link #within},
 *                    a choice step {@link TextField#SHORT} (200)
 * @param <T>         the answer's type
 */
public record Step<T>(StepKey<T> key, Kind kind, Text label, Text prompt, Text retry, Parser<T> parser,
                      Options options, boolean optional, Predicate<Answers> appliesWhen, Display<T> display,
                      Text skippedAs, TextField field) {

    /** The kinds of question. */
    public enum Kind {
        TEXT,
        SINGLE,
        MULTI
    }

    /** A text in the team's language, given the context. */
    @FunctionalInterface
    public interface Text {
        String in(StepContext ctx);
    }

    /** Reads typed text into a value. */
    @FunctionalInterface
    public interface Parser<T> {
        Parsed<T> parse(String text, StepContext ctx);
    }

    /** The options of a choice step. */
    @FunctionalInterface
    public interface Options {
        List<Option> list(StepContext ctx);
    }

    /** Shows an answer. */
    @FunctionalInterface
    public interface Display<T> {
        String show(T value, StepContext ctx);
    }

    public Step {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(appliesWhen, "appliesWhen");
        Objects.requireNonNull(skippedAs, "skippedAs");
        Objects.requireNonNull(field, "field");
        if (kind == Kind.MULTI && !(key.codec() instanceof SetCodec)) {
            throw new IllegalArgumentException("a multi-select step needs a set key: " + key.id());
        }
    }

    /** A free-text question. */
    public static <T> Step<T> text(StepKey<T> key, Text label, Text prompt, Text retry, Parser<T> parser) {
        return new Step<>(key, Kind.TEXT, label, prompt, retry, parser, ctx -> List.of(), false, a -> true, null,
                ctx -> "-", TextField.FREE_TEXT);
    }

    /** A question answered by one of {@code options}. */
    public static <T> Step<T> single(StepKey<T> key, Text label, Text prompt, Text retry, Options options) {
        return new Step<>(key, Kind.SINGLE, label, prompt, retry, optionsOnly(), options, false,
                a -> true, null, ctx -> "-", TextField.SHORT);
    }

    /** A question answered by any number of {@code options} (or none: an empty set). */
    public static <V> Step<Set<V>> multi(StepKey<Set<V>> key, Text label, Text prompt, Text retry, Options options) {
        return new Step<>(key, Kind.MULTI, label, prompt, retry, optionsOnly(), options, false,
                a -> true, null, ctx -> "-", TextField.SHORT);
    }

    /** The parser of a choice step that takes nothing but its options. */
    private static final Parser<?> OPTIONS_ONLY = (t, c) -> Parsed.rejected();

    @SuppressWarnings("unchecked")
    private static <T> Parser<T> optionsOnly() {
        return (Parser<T>) OPTIONS_ONLY;
    }

    /** The step's id: the key of its answer. */
    public String id() {
        return key.id();
    }

    /** Whether typed text can answer it: a text step, or a choice step given a fallback parser. */
    public boolean readsTyped() {
        return kind == Kind.TEXT || parser != OPTIONS_ONLY;
    }

    /** This step, skippable; a skipped answer reads as {@code skippedAsText} in the summary. */
    public Step<T> optional(Text skippedAsText) {
        return new Step<>(key, kind, label, prompt, retry, parser, options, true, appliesWhen, display,
                skippedAsText, field);
    }

    /** This step, asked only when {@code condition} holds for the answers so far. */
    public Step<T> when(Predicate<Answers> condition) {
        return new Step<>(key, kind, label, prompt, retry, parser, options, optional, condition, display, skippedAs,
                field);
    }

    /** This step, also accepting typed text that matches no option when {@code fallback} accepts it. */
    public Step<T> orParse(Parser<T> fallback) {
        return new Step<>(key, kind, label, prompt, retry, fallback, options, optional, appliesWhen, display,
                skippedAs, field);
    }

    /** This step, showing its answer through {@code shownAs}. */
    public Step<T> shown(Display<T> shownAs) {
        return new Step<>(key, kind, label, prompt, retry, parser, options, optional, appliesWhen, shownAs,
                skippedAs, field);
    }

    /** This step, taking typed text of at most {@code limit}'s length (and lines). */
    public Step<T> within(TextField limit) {
        return new Step<>(key, kind, label, prompt, retry, parser, options, optional, appliesWhen, display,
                skippedAs, limit);
    }

    // ------------------------------------------------------------ what the engine asks of any step

    /** The value an option of a single-choice step stands for; empty when its value is not one of the key's. */
    Parsed<T> pick(Option option) {
        return key.codec().read(option.value()).map(Parsed::ok).orElseGet(Parsed::rejected);
    }

    /** The answer of a multi-select step with the options of {@code values} selected, in option order. */
    Parsed<T> selection(List<Option> options, List<String> values) {
        List<String> inOrder = options.stream().map(Option::value).filter(values::contains).distinct().toList();
        @SuppressWarnings("unchecked")
        Optional<T> set = (Optional<T>) ((SetCodec<?>) key.codec()).fromCodes(inOrder);
        return set.map(Parsed::ok).orElseGet(Parsed::rejected);
    }

    /** The option values a multi-select answer holds. */
    List<String> selectedValues(Object value) {
        return codesOf((SetCodec<?>) key.codec(), value);
    }

    @SuppressWarnings("unchecked")
    private static <V> List<String> codesOf(SetCodec<V> codec, Object value) {
        return codec.codes((Set<V>) value);
    }

    /** The stored form of an answer of this step. */
    String stored(Object value) {
        return key.codec().write(cast(value));
    }

    /** The answer as the step's display shows it, or empty when the step has none. */
    Optional<String> displayed(Object value, StepContext ctx) {
        return display == null ? Optional.empty() : Optional.of(display.show(cast(value), ctx));
    }

    /**
     * Whether an answer still passes this step given the answers before it (an item cost after the order amount
     * was lowered). The parser states the rules, so a text answer is checked by reading its stored form again. An
     * unusual answer ({@link Parsed.Questioned}) the member confirmed stays, unless it was a plain one under
     * {@code before} (the answers before the change): then the change made it unusual, and it is asked again.
     */
    boolean stillValid(Object value, StepContext ctx, StepContext before) {
        List<Option> opts = options.list(ctx);
        switch (kind) {
            case SINGLE:
                String code = stored(value);
                return opts.stream().anyMatch(o -> o.value().equals(code)) || passes(code, ctx, before);
            case MULTI:
                return selectedValues(value).stream()
                        .allMatch(v -> opts.stream().anyMatch(o -> o.value().equals(v)));
            default:
                return passes(stored(value), ctx, before);
        }
    }

    private boolean passes(String stored, StepContext ctx, StepContext before) {
        Parsed<T> now = parser.parse(stored, ctx);
        if (now instanceof Parsed.Rejected) {
            return false;
        }
        return !(now instanceof Parsed.Questioned) || parser.parse(stored, before) instanceof Parsed.Questioned;
    }

    @SuppressWarnings("unchecked")
    private T cast(Object value) {
        // Answers of this step are written only through its parser, its options or its codec: always a T.
        return (T) value;
    }
}
