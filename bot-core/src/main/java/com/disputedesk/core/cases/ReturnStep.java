package com.disputedesk.core.cases;

import com.disputedesk.core.kernel.Coded;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far the return of an item has come ({@code /return <case> agreed|shipped|received}). Each step is a line on
 * the case timeline, and the marketplace clocks that declare it start or stop on it.
 */
public enum ReturnStep implements Coded {
    /** The buyer and the seller agreed on a return (outside an offer: an accepted return offer says it too). */
    AGREED("agreed"),
    /** The buyer shipped the item back. */
    SHIPPED("shipped"),
    /** The returned item arrived at the seller's. */
    RECEIVED("received");

    /** The RETURN timeline text: "return received", then ": " and the member's words if any. */
    private static final Pattern LINE = Pattern.compile("^return ([a-z]+)(?:: (.*))?$", Pattern.DOTALL);

    private final String code;

    ReturnStep(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The timeline text recording this step, in the one wording {@link #parse} reads back. */
    public String timelineText(String words) {
        return "return " + code + (words.isBlank() ? "" : ": " + words.strip());
    }

    /** A RETURN timeline text read back: the step and the words; empty for any other text. */
    public static Optional<Recorded> parse(String text) {
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Coded.parse(ReturnStep.class, m.group(1))
                .map(step -> new Recorded(step, Optional.ofNullable(m.group(2))));
    }

    /**
     * A step as the timeline holds it.
     *
     * @param step  the step
     * @param words what the member added ("tracking RR123456789CN"), if anything
     */
    public record Recorded(ReturnStep step, Optional<String> words) {
    }
}
