package com.disputedesk.telegram;

import java.util.regex.Pattern;

/**
 * Keeps the bot token out of logs: every text the adapter logs that may hold a URL or an exception message
 * passes through here.
 */
final class Redactor {
    private static final Pattern ANY_TOKEN = Pattern.compile("\\d{3,}:[A-Za-z0-9_-]{20,}");

    private final String token;

    Redactor(String token) {
        this.token = token;
    }

    String redact(String text) {
        if (text == null) {
            return "";
        }
        String out = token.isEmpty() ? text : text.replace(token, "<token>");
        return ANY_TOKEN.matcher(out).replaceAll("<token>");
    }

    /** An exception as one safe line: its type and redacted message, and its causes'. */
    String describe(Throwable t) {
        StringBuilder out = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (out.length() > 0) {
                out.append(" <- ");
            }
            out.append(c.getClass().getSimpleName()).append(": ").append(redact(c.getMessage()));
        }
        return out.toString();
    }
}
