package com.disputedesk.discord;

import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.ParamType;
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
 * Translates a slash command back into what the core understands, generated from the same declarations as the
 * catalog: the options are read in the order of the command's params and become the words a member would type
 * on another platform ("/case 12"), so the core parses both the same way. A command that takes a file and got
 * one becomes an {@link Inbound.Attachment} captioned with the typed command.
 */
final class CommandMapper {
    private final OkHttpClient http;
    private final CommandCatalog catalog;

    CommandMapper(OkHttpClient http, CommandCatalog catalog) {
        this.http = http;
        this.catalog = catalog;
    }

    Inbound inbound(SlashCommandInteraction e, ChatRef chat, Member member, PlatformRef ref) {
        Optional<PlatformRef> origin = Optional.of(ref);
        String sub = e.getSubcommandName();
        if (sub != null && sub.equals(CommandCatalog.ANSWER)) {
            // Typing without the message-content intent: the text goes to the member's running dialog.
            return new Inbound.Text(chat, member, e.getOption(CommandCatalog.ANSWER_TEXT, OptionMapping::getAsString),
                    origin);
        }
        String name = sub != null ? sub : e.getName();
        Optional<CommandSpec> spec = catalog.spec(name);
        List<String> args = spec.map(s -> words(s, e)).orElse(List.of());
        String typed = String.join(" ", args);
        if (spec.isPresent() && spec.get().file() && e.getOption(CommandCatalog.FILE) != null) {
            Message.Attachment file = e.getOption(CommandCatalog.FILE, OptionMapping::getAsAttachment);
            return new Inbound.Attachment(chat, member, offer(file), ("/" + name + " " + typed).strip(), origin);
        }
        return new Inbound.Command(chat, member, name, args, typed, origin);
    }

    /** The options as typed words, in the order of the params. */
    private static List<String> words(CommandSpec spec, SlashCommandInteraction e) {
        List<String> out = new ArrayList<>();
        for (Param<?> p : spec.params()) {
            OptionMapping o = e.getOption(p.name());
            if (o == null) {
                continue;
            }
            ParamType<?> type = p.type();
            if (type instanceof ParamType.CaseReference) {
                out.addAll(words(caseValue(o.getAsString())));
            } else if (type instanceof ParamType.MemberName) {
                // The core knows members by "platform:userId".
                out.add("discord:" + o.getAsString());
            } else if (type instanceof ParamType.Money) {
                out.add(number(o));
                OptionMapping currency = e.getOption(CommandCatalog.CURRENCY);
                if (currency != null) {
                    out.addAll(words(currency.getAsString()));
                }
            } else {
                out.addAll(words(value(o)));
            }
        }
        return out;
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

    /** A case typed as "#12" or picked from autocomplete ("12") is "12" to the core. */
    private static String caseValue(String typed) {
        String v = typed.strip();
        return v.startsWith("#") ? v.substring(1).strip() : v;
    }

    private static List<String> words(String value) {
        String v = value.strip();
        return v.isEmpty() ? List.of() : Arrays.asList(v.split("\\s+"));
    }
}
