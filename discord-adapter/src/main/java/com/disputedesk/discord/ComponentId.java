package com.disputedesk.discord;

import com.disputedesk.core.chat.Choice;
import java.util.Optional;

/**
 * The custom ids the adapter puts on buttons, select menus and modals, written and parsed here and nowhere else.
 * Every id starts with "dd:" so components of other bots or older formats are recognised as not ours.
 */
public sealed interface ComponentId permits ComponentId.Pick, ComponentId.Menu, ComponentId.AskAnswer,
        ComponentId.AnswerForm, ComponentId.EvidenceTarget {

    String PREFIX = "dd:";

    /** The custom id as sent to Discord (at most 100 characters). */
    String render();

    /** A button carrying one of the core's choices. */
    record Pick(String choiceId) implements ComponentId {
        public Pick {
            if (choiceId.isEmpty() || choiceId.length() > Choice.MAX_ID_LENGTH) {
                throw new IllegalArgumentException("bad choice id: " + choiceId);
            }
        }

        @Override
        public String render() {
            return PREFIX + "p:" + choiceId;
        }
    }

    /** A select menu whose option values are the core's choice ids; {@code index} tells menus of one message apart. */
    record Menu(int index) implements ComponentId {
        @Override
        public String render() {
            return PREFIX + "m:" + index;
        }
    }

    /** The button that opens the answer form for a step that waits for typed text. */
    record AskAnswer() implements ComponentId {
        @Override
        public String render() {
            return PREFIX + "ask";
        }
    }

    /** The answer form (modal) itself. */
    record AnswerForm() implements ComponentId {
        /** The id of the form's one text input. */
        public static final String INPUT = "answer";

        @Override
        public String render() {
            return PREFIX + "answer";
        }
    }

    /**
     * The list of open cases a member's message goes to as evidence ("Add to case as evidence"); {@code message}
     * names the message the adapter keeps for the pick (the message command's interaction id).
     */
    record EvidenceTarget(String message) implements ComponentId {
        public EvidenceTarget {
            if (!message.matches("\\d{1,20}")) {
                throw new IllegalArgumentException("bad message key: " + message);
            }
        }

        @Override
        public String render() {
            return PREFIX + "ev:" + message;
        }
    }

    /** The component id, or empty when it is not one of ours or malformed. */
    static Optional<ComponentId> parse(String customId) {
        if (customId == null || !customId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = customId.substring(PREFIX.length());
        if (rest.equals("ask")) {
            return Optional.of(new AskAnswer());
        }
        if (rest.equals("answer")) {
            return Optional.of(new AnswerForm());
        }
        if (rest.startsWith("p:")) {
            String choice = rest.substring(2);
            if (choice.isEmpty() || choice.length() > Choice.MAX_ID_LENGTH) {
                return Optional.empty();
            }
            return Optional.of(new Pick(choice));
        }
        if (rest.startsWith("ev:")) {
            String message = rest.substring(3);
            return message.matches("\\d{1,20}") ? Optional.of(new EvidenceTarget(message)) : Optional.empty();
        }
        if (rest.startsWith("m:")) {
            try {
                return Optional.of(new Menu(Integer.parseInt(rest.substring(2))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
