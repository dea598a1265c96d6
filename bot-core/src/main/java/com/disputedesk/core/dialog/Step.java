package com.disputedesk.core.dialog;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One question of a dialog, as data: what to ask, how to read the answer, what to say when the answer is not
 * usable, and when the question applies at all. The engine ({@link Dialogs}) does the rest: buttons, numbers,
 * back / skip / cancel, the summary.
 *
 * @param id         stable id, the key of the answer in the stored state (short ASCII: it goes into button ids)
 * @param kind       free text, one choice, or several choices
 * @param label      the field's name in the summary
 * @param prompt     the question
 * @param retry      said after a rejected answer: what is expected
 * @param parser     reads typed text into a canonical value; for choice steps it is asked only when the text
 *                   matches no option (e.g. any ISO language code besides the offered ones)
 * @param options    the options of a choice step, computed from the answers so far; empty for text steps
 * @param optional   whether the member may skip it
 * @param appliesWhen whether it is asked, given the answers so far; a step that does not apply is passed over
 *                   going forward and going back, and its answer is ignored
 * @param display    how a stored answer reads in the summary; {@code null} shows option labels or the text
 * @param skippedAs  how a skipped answer reads in the summary
 */
public record Step(String id, Kind kind, Text label, Text prompt, Text retry, Parser parser, Options options,
                   boolean optional, Predicate<Answers> appliesWhen, Display display, Text skippedAs) {

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

    /** Reads typed text. */
    @FunctionalInterface
    public interface Parser {
        Parsed parse(String text, StepContext ctx);
    }

    /** The options of a choice step. */
    @FunctionalInterface
    public interface Options {
        List<Option> list(StepContext ctx);
    }

    /** Shows a stored canonical answer. */
    @FunctionalInterface
    public interface Display {
        String show(String canonical, StepContext ctx);
    }

    /** The value multi-select steps store when nothing is selected. */
    public static final String NONE = "none";

    public Step {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z][a-zA-Z0-9]{0,15}")) {
            throw new IllegalArgumentException("step ids are short ASCII words: " + id);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(appliesWhen, "appliesWhen");
        Objects.requireNonNull(skippedAs, "skippedAs");
    }

    /** A free-text question. */
    public static Step text(String id, Text label, Text prompt, Text retry, Parser parser) {
        return new Step(id, Kind.TEXT, label, prompt, retry, parser, ctx -> List.of(), false, a -> true, null,
                ctx -> "-");
    }

    /** The parser of a choice step that takes nothing but its options. */
    private static final Parser OPTIONS_ONLY = (t, c) -> Parsed.rejected();

    /** A question answered by one of {@code options}. */
    public static Step single(String id, Text label, Text prompt, Text retry, Options options) {
        return new Step(id, Kind.SINGLE, label, prompt, retry, OPTIONS_ONLY, options, false,
                a -> true, null, ctx -> "-");
    }

    /** A question answered by any number of {@code options} (or none). */
    public static Step multi(String id, Text label, Text prompt, Text retry, Options options) {
        return new Step(id, Kind.MULTI, label, prompt, retry, OPTIONS_ONLY, options, false,
                a -> true, null, ctx -> "-");
    }

    /** Whether typed text can answer it: a text step, or a choice step given a fallback parser. */
    public boolean readsTyped() {
        return kind == Kind.TEXT || parser != OPTIONS_ONLY;
    }

    /** This step, skippable; a skipped answer reads as {@code skippedAs} in the summary. */
    public Step optional(Text skippedAsText) {
        return new Step(id, kind, label, prompt, retry, parser, options, true, appliesWhen, display, skippedAsText);
    }

    /** This step, asked only when {@code condition} holds for the answers so far. */
    public Step when(Predicate<Answers> condition) {
        return new Step(id, kind, label, prompt, retry, parser, options, optional, condition, display, skippedAs);
    }

    /** This step, also accepting typed text that matches no option when {@code fallback} accepts it. */
    public Step orParse(Parser fallback) {
        return new Step(id, kind, label, prompt, retry, fallback, options, optional, appliesWhen, display, skippedAs);
    }

    /** This step, showing its answer through {@code shownAs}. */
    public Step shown(Display shownAs) {
        return new Step(id, kind, label, prompt, retry, parser, options, optional, appliesWhen, shownAs, skippedAs);
    }

    /** This step with its parser replaced. */
    public Step parsedBy(Parser p) {
        return new Step(id, kind, label, prompt, retry, p, options, optional, appliesWhen, display, skippedAs);
    }

    /** Helper for labels computed from the context alone. */
    public static Text fixed(Function<StepContext, String> f) {
        return f::apply;
    }
}
