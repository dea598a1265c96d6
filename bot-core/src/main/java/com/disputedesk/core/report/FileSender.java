package com.disputedesk.core.report;

import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sends a file the bot made to the chat a member asked in, within what that chat takes: whole when it fits;
 * otherwise cut into numbered parts of at most the chat's limit ({@code pack.zip.001}, {@code .002}, ...) that
 * {@code cat} or {@code copy /b} put back together; and when even {@value #MAX_PARTS} parts would not do, kept in
 * the export folder with a message saying where.
 */
public final class FileSender {
    /** More parts than this is no longer a convenience: the file is kept and the member told where. */
    public static final int MAX_PARTS = 10;
    private static final int BUFFER = 64 * 1024;

    private final Messages messages = new Messages("export");

    /** Sends {@code file} with {@code caption} (what it is, in the team's language). */
    public void send(Turn turn, Path file, String caption) throws IOException {
        UiLanguage lang = turn.language();
        long limit = turn.outbox().maxFileBytes(turn.chat());
        long size = Files.size(file);
        String name = file.getFileName().toString();
        if (size <= limit) {
            turn.say(Reply.file(caption, file));
            return;
        }
        long parts = (size + limit - 1) / limit;
        if (parts > MAX_PARTS) {
            turn.say(caption + "\n" + messages.get(lang, "file.kept", name, size(size), size(limit),
                    file.toAbsolutePath().toString()));
            return;
        }
        List<Path> pieces = split(file, limit);
        turn.say(caption + "\n" + messages.get(lang, "file.split", name, size(size), size(limit),
                Integer.toString(pieces.size())));
        for (int i = 0; i < pieces.size(); i++) {
            turn.say(Reply.file(messages.get(lang, "file.part", Integer.toString(i + 1),
                    Integer.toString(pieces.size()), name), pieces.get(i)));
        }
    }

    /** Cuts {@code file} into pieces of at most {@code limit} bytes beside it: name.001, name.002, ... */
    static List<Path> split(Path file, long limit) throws IOException {
        List<Path> out = new ArrayList<>();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            int n = 0;
            int read = 0;
            while (read >= 0) {
                Path piece = file.resolveSibling(file.getFileName() + String.format(Locale.ROOT, ".%03d", ++n));
                long left = limit;
                try (OutputStream os = Files.newOutputStream(piece)) {
                    while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                        os.write(buffer, 0, read);
                        left -= read;
                    }
                }
                if (left == limit) {
                    Files.delete(piece);
                } else {
                    out.add(piece);
                }
            }
        }
        return out;
    }

    /** A file size as people read it: "512 B", "12.3 KB", "1.5 MB". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
