package com.disputedesk.discord;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.FileOffer;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.PlatformRef;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Translates a slash command into what the core understands: the same {@link Inbound.Command} a member would get
 * by typing "/case 12" on another platform, or an {@link Inbound.Attachment} for /evidence.
 */
final class CommandMapper {
    private final OkHttpClient http;

    CommandMapper(OkHttpClient http) {
        this.http = http;
    }

    Inbound inbound(SlashCommandInteraction e, ChatRef chat, Member member, PlatformRef ref) {
        Optional<PlatformRef> origin = Optional.of(ref);
        if (e.getName().equals("evidence") && e.getOption("file") != null) {
            Message.Attachment file = e.getOption("file", OptionMapping::getAsAttachment);
            String caseArg = caseValue(e.getOption("case", OptionMapping::getAsString));
            return new Inbound.Attachment(chat, member, offer(file), "/evidence " + caseArg, origin);
        }
        if (e.getName().equals("dispute") && "answer".equals(e.getSubcommandName())) {
            // Typing without the message-content intent: the text goes to the member's running dialog.
            return new Inbound.Text(chat, member, string(e, "text"), origin);
        }
        List<String> args = new ArrayList<>();
        String name = e.getName();
        switch (name) {
            case "dispute" -> name = e.getSubcommandName() == null ? "new" : e.getSubcommandName();
            case "case" -> add(args, caseValue(e.getOption("number", OptionMapping::getAsString)));
            case "remedy" -> {
                add(args, string(e, "reason"));
                if (e.getOption("amount") != null) {
                    add(args, number(e.getOption("amount")));
                    add(args, string(e, "currency"));
                }
                add(args, string(e, "marketplace"));
            }
            case "assign" -> {
                add(args, caseValue(e.getOption("case", OptionMapping::getAsString)));
                // The core knows members by "platform:userId".
                add(args, "discord:" + e.getOption("member", OptionMapping::getAsString));
            }
            case "offer", "reply", "close", "evidence", "claim", "unassign" -> {
                add(args, caseValue(e.getOption("case", OptionMapping::getAsString)));
                for (OptionMapping o : e.getOptions()) {
                    if (!o.getName().equals("case")) {
                        args.addAll(words(value(o)));
                    }
                }
            }
            default -> {
                for (OptionMapping o : e.getOptions()) {
                    args.addAll(words(value(o)));
                }
            }
        }
        return new Inbound.Command(chat, member, name, args, String.join(" ", args), origin);
    }

    /** A file offer that downloads the attachment from Discord's CDN when the core opens it (at once). */
    FileOffer offer(Message.Attachment file) {
        String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
        String url = file.getUrl();
        return new FileOffer(file.getFileName(), type, file.getSize(), () -> download(url));
    }

    private InputStream download(String url) throws IOException {
        Response response = http.newCall(new Request.Builder().url(url).get().build()).execute();
        if (!response.isSuccessful()) {
            int code = response.code();
            response.close();
            throw new IOException("the attachment download answered HTTP " + code);
        }
        return response.body().byteStream();
    }

    private static String value(OptionMapping o) {
        return switch (o.getType()) {
            case NUMBER -> number(o);
            case INTEGER -> Long.toString(o.getAsLong());
            default -> o.getAsString();
        };
    }

    private static String number(OptionMapping o) {
        return BigDecimal.valueOf(o.getAsDouble()).stripTrailingZeros().toPlainString();
    }

    private static String string(SlashCommandInteraction e, String option) {
        return e.getOption(option, OptionMapping::getAsString);
    }

    /** A case typed as "#12" or picked from autocomplete ("12") is "12" to the core. */
    private static String caseValue(String typed) {
        if (typed == null) {
            return null;
        }
        String v = typed.strip();
        return v.startsWith("#") ? v.substring(1).strip() : v;
    }

    private static void add(List<String> args, String value) {
        if (value != null && !value.isBlank()) {
            args.addAll(words(value));
        }
    }

    private static List<String> words(String value) {
        String v = value.strip();
        return v.isEmpty() ? List.of() : Arrays.asList(v.split("\\s+"));
    }
}
