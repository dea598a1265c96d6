package com.disputedesk.core.chat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns what a member typed into a command or plain text, the same way on every platform. */
public final class TypedText {
    private TypedText() {
    }

    /**
     * "/case 12" becomes a command named "case" with args ["12"]; "/case@DeskBot 12" too; anything else is text.
     */
    public static Inbound parse(ChatRef chat, Member member, String typed, Optional<PlatformRef> origin) {
        return parse(chat, member, typed, origin, true);
    }

    /** As {@link #parse(ChatRef, Member, String, Optional)}; {@code addressed} tells chatter from words to the bot. */
    public static Inbound parse(ChatRef chat, Member member, String typed, Optional<PlatformRef> origin,
                                boolean addressed) {
        String text = typed.strip();
        if (text.length() < 2 || text.charAt(0) != '/' || !Character.isLetter(text.charAt(1))) {
            return new Inbound.Text(chat, member, text, origin, addressed);
        }
        int space = indexOfWhitespace(text);
        String head = space < 0 ? text.substring(1) : text.substring(1, space);
        String rest = space < 0 ? "" : text.substring(space).strip();
        int at = head.indexOf('@');
        String name = (at < 0 ? head : head.substring(0, at)).toLowerCase(Locale.ROOT);
        List<String> args = rest.isEmpty() ? List.of() : Arrays.asList(rest.split("\\s+"));
        return new Inbound.Command(chat, member, name, args, rest, origin);
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
