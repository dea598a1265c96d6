package com.disputedesk.core.dialog;

import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Member;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The id of a button the dialog engine sends, written and parsed here and nowhere else. Every id is
 * "dlg:" + what the button does + ":" + the draft's owner, e.g. "dlg:c:3:1:telegram:123456789" (pick option 1 of
 * step 3). The owner goes last because a member key holds a colon itself. Step and option indexes make a button
 * of an earlier question recognisable as stale; the owner tells whose draft a button belongs to (in a group
 * everyone sees everyone's buttons). Every id fits {@link Choice#MAX_ID_LENGTH}, and so Telegram's 64 bytes.
 */
public sealed interface DialogButton permits DialogButton.Pick, DialogButton.Toggle, DialogButton.Done,
        DialogButton.Back, DialogButton.Skip, DialogButton.Cancel, DialogButton.Confirm, DialogButton.Edit {

    /** The prefix the router hands these buttons to the engine by. */
    String PREFIX = "dlg";
    /** The largest step, option or field index a button carries (three digits). */
    int MAX_INDEX = 999;

    /** Whose draft the button belongs to. */
    Owner owner();

    /** The id after {@link #PREFIX} and its colon, owner excluded. */
    String action();

    /** The button's full id, as sent. */
    default String format() {
        return PREFIX + ":" + action() + ":" + owner().tag();
    }

    /** Picks option {@code option} of single-choice step {@code step}. */
    record Pick(int step, int option, Owner owner) implements DialogButton {
        public Pick {
            checkIndex(step);
            checkIndex(option);
        }

        @Override
        public String action() {
            return "c:" + step + ":" + option;
        }
    }

    /** Selects or unselects option {@code option} of multi-select step {@code step}. */
    record Toggle(int step, int option, Owner owner) implements DialogButton {
        public Toggle {
            checkIndex(step);
            checkIndex(option);
        }

        @Override
        public String action() {
            return "t:" + step + ":" + option;
        }
    }

    /** Takes the selection of multi-select step {@code step} as its answer. */
    record Done(int step, Owner owner) implements DialogButton {
        public Done {
            checkIndex(step);
        }

        @Override
        public String action() {
            return "done:" + step;
        }
    }

    /** Goes back from step {@code step}. */
    record Back(int step, Owner owner) implements DialogButton {
        public Back {
            checkIndex(step);
        }

        @Override
        public String action() {
            return "back:" + step;
        }
    }

    /** Skips (optional) step {@code step}. */
    record Skip(int step, Owner owner) implements DialogButton {
        public Skip {
            checkIndex(step);
        }

        @Override
        public String action() {
            return "skip:" + step;
        }
    }

    /** Discards the draft, wherever it is. */
    record Cancel(Owner owner) implements DialogButton {
        @Override
        public String action() {
            return "cancel";
        }
    }

    /** Confirms the summary. */
    record Confirm(Owner owner) implements DialogButton {
        @Override
        public String action() {
            return "ok";
        }
    }

    /** Asks field {@code field} (from 0) of the summary again. */
    record Edit(int field, Owner owner) implements DialogButton {
        public Edit {
            checkIndex(field);
        }

        @Override
        public String action() {
            return "e:" + field;
        }
    }

    /**
     * The owner of a draft as carried in its buttons: the member key itself ("telegram:123456789",
     * "discord:80351110224678912"). A key that is too long or not printable ASCII (a console user name can be
     * anything) is carried as "~" and a 128-bit digest of it, which member keys, starting with the platform,
     * never look like.
     *
     * @param tag what the button id carries
     */
    record Owner(String tag) {
        /** The longest tag: what is left of a choice id after the prefix and the longest action. */
        public static final int MAX_TAG_LENGTH = Choice.MAX_ID_LENGTH - (PREFIX + ":t:999:999:").length();

        public Owner {
            if (tag.isEmpty() || tag.length() > MAX_TAG_LENGTH || !printable(tag)) {
                throw new IllegalArgumentException("not an owner tag: " + tag);
            }
        }

        public static Owner of(Member member) {
            String key = member.key();
            return key.length() <= MAX_TAG_LENGTH && printable(key) ? new Owner(key) : new Owner("~" + digest(key));
        }

        private static boolean printable(String s) {
            return s.chars().allMatch(c -> c > 32 && c < 127);
        }

        private static String digest(String key) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
                return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JVM", e);
            }
        }
    }

    /** The button a full id ("dlg:...") stands for; empty when it is not one this version writes. */
    static Optional<DialogButton> parse(String id) {
        String prefix = PREFIX + ":";
        return id.startsWith(prefix) ? parsePayload(id.substring(prefix.length())) : Optional.empty();
    }

    /** The button an id after "dlg:" stands for, as the router hands it over; empty when not one of ours. */
    static Optional<DialogButton> parsePayload(String payload) {
        String[] parts = payload.split(":", -1);
        String what = parts[0];
        int indexes = switch (what) {
            case "c", "t" -> 2;
            case "done", "back", "skip", "e" -> 1;
            case "cancel", "ok" -> 0;
            default -> -1;
        };
        if (indexes < 0 || parts.length < 1 + indexes + 1) {
            return Optional.empty();
        }
        int[] n = new int[indexes];
        for (int i = 0; i < indexes; i++) {
            if (!parts[1 + i].matches("0|[1-9][0-9]{0,2}")) {
                return Optional.empty();
            }
            n[i] = Integer.parseInt(parts[1 + i]);
        }
        String tag = String.join(":", Arrays.asList(parts).subList(1 + indexes, parts.length));
        Owner owner;
        try {
            owner = new Owner(tag);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(switch (what) {
            case "c" -> new Pick(n[0], n[1], owner);
            case "t" -> new Toggle(n[0], n[1], owner);
            case "done" -> new Done(n[0], owner);
            case "back" -> new Back(n[0], owner);
            case "skip" -> new Skip(n[0], owner);
            case "e" -> new Edit(n[0], owner);
            case "cancel" -> new Cancel(owner);
            default -> new Confirm(owner);
        });
    }

    /** The button as a choice with {@code label}. */
    default Choice choice(String label) {
        return new Choice(format(), label);
    }

    private static void checkIndex(int index) {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("button index out of range: " + index);
        }
    }
}
