package com.disputedesk.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.forum.CloseForumTopic;
import org.telegram.telegrambots.meta.api.methods.forum.CreateForumTopic;
import org.telegram.telegrambots.meta.api.methods.pinnedmessages.PinChatMessage;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.forum.ForumTopic;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ForceReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The Bot API calls the adapter makes, over the telegrambots {@link OkHttpTelegramClient}, with every failure
 * sorted into an {@link ApiFailure}. The client itself retries nothing; callers decide.
 */
final class BotApi implements AutoCloseable {
    private final OkHttpClient http;
    private final OkHttpClient polling;
    private final OkHttpTelegramClient client;
    private final OkHttpTelegramClient pollClient;
    private final String token;
    private final URI base;
    private final Redactor redactor;

    BotApi(TelegramSettings settings) {
        this.token = settings.token();
        this.base = settings.apiBaseUrl();
        this.redactor = new Redactor(token);
        long timeout = settings.retry().requestTimeout().toMillis();
        // The telegrambots client runs every call through OkHttp's async dispatcher, which by default allows 5
        // calls per host: sends to many chats would queue behind each other. The long poll gets its own
        // dispatcher so it never takes a sender's place.
        Dispatcher sends = new Dispatcher();
        sends.setMaxRequests(64);
        sends.setMaxRequestsPerHost(64);
        // No logging interceptor: URLs carry the token.
        this.http = new OkHttpClient.Builder()
                .dispatcher(sends)
                .socketFactory(new NoDelaySockets())
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .writeTimeout(timeout, TimeUnit.MILLISECONDS)
                .callTimeout(timeout * 2, TimeUnit.MILLISECONDS)
                .build();
        this.polling = http.newBuilder()
                .dispatcher(new Dispatcher())
                .readTimeout(timeout + settings.pollTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(timeout * 2 + settings.pollTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        TelegramUrl url = new TelegramUrl(base.getScheme(), base.getHost(), port(base), false);
        ObjectMapper mapper = new ObjectMapper();
        this.client = new OkHttpTelegramClient(mapper, http, token, url);
        this.pollClient = new OkHttpTelegramClient(mapper, polling, token, url);
    }

    private static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }

    User getMe() throws ApiFailure {
        return call(client, new GetMe());
    }

    void deleteWebhook() throws ApiFailure {
        call(client, DeleteWebhook.builder().dropPendingUpdates(false).build());
    }

    void setWebhook(String url, String secret) throws ApiFailure {
        try {
            client.execute(SetWebhook.builder().url(url).secretToken(secret)
                    .allowedUpdates(List.of("message", "callback_query")).build());
        } catch (TelegramApiException e) {
            throw classify(e);
        }
    }

    void setMyCommands(List<BotCommand> commands, String languageCode) throws ApiFailure {
        SetMyCommands.SetMyCommandsBuilder<?, ?> b = SetMyCommands.builder().commands(commands);
        if (languageCode != null) {
            b.languageCode(languageCode);
        }
        call(client, b.build());
    }

    List<Update> getUpdates(long offset, int limit, Duration timeout) throws ApiFailure {
        GetUpdates get = GetUpdates.builder().offset((int) offset).limit(limit).timeout((int) timeout.toSeconds())
                .allowedUpdates(List.of("message", "callback_query")).build();
        List<Update> updates = call(pollClient, get);
        return updates == null ? List.of() : updates;
    }

    /** Sends one stored call; returns the id of the message it posted, or null when it posted none. */
    Integer deliver(OutboundMessage m) throws ApiFailure {
        switch (m.kind()) {
            case SEND -> {
                SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(m.chatId()).text(m.html())
                        .parseMode("HTML").disableWebPagePreview(true);
                if (m.threadId() != null) {
                    b.messageThreadId(m.threadId());
                }
                if (m.replyTo() != null) {
                    b.replyParameters(ReplyParameters.builder().messageId(m.replyTo())
                            .allowSendingWithoutReply(true).build());
                }
                ReplyKeyboard markup = markup(m);
                if (markup != null) {
                    b.replyMarkup(markup);
                }
                Message sent = call(client, b.build());
                return sent == null ? null : sent.getMessageId();
            }
            case EDIT -> {
                call(client, EditMessageText.builder().chatId(m.chatId()).messageId(m.messageId())
                        .text(m.html()).parseMode("HTML").disableWebPagePreview(true)
                        .replyMarkup(new InlineKeyboardMarkup(rows(m))).build());
                return m.messageId();
            }
            case ANSWER_CALLBACK -> {
                AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> b = AnswerCallbackQuery.builder()
                        .callbackQueryId(m.callbackQueryId());
                if (m.html() != null) {
                    b.text(m.html()).showAlert(true);
                }
                call(client, b.build());
                return null;
            }
            case DOCUMENT -> {
                try {
                    SendDocument.SendDocumentBuilder<?, ?> b = SendDocument.builder().chatId(m.chatId())
                            .document(new InputFile(new File(m.documentPath())));
                    if (m.threadId() != null) {
                        b.messageThreadId(m.threadId());
                    }
                    Message sent = client.execute(b.build());
                    return sent == null ? null : sent.getMessageId();
                } catch (TelegramApiException e) {
                    throw classify(e);
                }
            }
            case CLOSE_TOPIC -> {
                call(client, CloseForumTopic.builder().chatId(m.chatId()).messageThreadId(m.threadId()).build());
                return null;
            }
            default -> throw new IllegalStateException("unknown call " + m.kind());
        }
    }

    /** Pins a message of the chat without notifying its members (a case's live card). */
    void pin(long chatId, int messageId) throws ApiFailure {
        call(client, PinChatMessage.builder().chatId(chatId).messageId(messageId).disableNotification(true).build());
    }

    /** Opens a topic named {@code name} (1-128 characters) in a forum supergroup; its message_thread_id. */
    int createForumTopic(long chatId, String name) throws ApiFailure {
        ForumTopic topic = call(client, CreateForumTopic.builder().chatId(chatId).name(name).build());
        return topic.getMessageThreadId();
    }

    private static ReplyKeyboard markup(OutboundMessage m) {
        if (!m.keyboard().isEmpty()) {
            return new InlineKeyboardMarkup(rows(m));
        }
        if (m.forceReply()) {
            return new ForceReplyKeyboard(true, m.selective(), null);
        }
        return null;
    }

    private static List<InlineKeyboardRow> rows(OutboundMessage m) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (List<OutboundMessage.Button> row : m.keyboard()) {
            InlineKeyboardRow r = new InlineKeyboardRow();
            for (OutboundMessage.Button b : row) {
                r.add(InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build());
            }
            rows.add(r);
        }
        return rows;
    }

    /** The file's metadata (path and size) from getFile. */
    org.telegram.telegrambots.meta.api.objects.File getFile(String fileId) throws ApiFailure {
        return call(client, new GetFile(fileId));
    }

    /**
     * Opens a file's bytes from {@code <base>/file/bot<token>/<path>}. (The library's own download ignores the
     * configured base URL, so a self-hosted server or the test fake would not be asked.)
     */
    InputStream download(String filePath) throws IOException {
        Request request = new Request.Builder()
                .url(base.toString().replaceAll("/+$", "") + "/file/bot" + token + "/" + filePath).get().build();
        Response response;
        try {
            response = http.newCall(request).execute();
        } catch (IOException e) {
            throw new IOException("download failed: " + redactor.describe(e));
        }
        ResponseBody body = response.body();
        if (!response.isSuccessful()) {
            response.close();
            throw new IOException("download failed: HTTP " + response.code());
        }
        return body.byteStream();
    }

    private <T extends Serializable> T call(OkHttpTelegramClient c, BotApiMethod<T> method) throws ApiFailure {
        try {
            return c.execute(method);
        } catch (TelegramApiException e) {
            throw classify(e);
        }
    }

    ApiFailure classify(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null) {
            int code = r.getErrorCode();
            String why = redactor.redact(r.getApiResponse());
            if (code == 429) {
                Integer after = r.getParameters() == null ? null : r.getParameters().getRetryAfter();
                return new ApiFailure.RateLimited(Duration.ofSeconds(after == null ? 1 : Math.max(0, after)));
            }
            if (code >= 400 && code < 500) {
                return new ApiFailure.Rejected(code, why);
            }
            // 5xx, and answers that were not Telegram JSON at all (a proxy's error page reads as code 0).
            return new ApiFailure.Transient((code == 0 ? "non-JSON answer" : String.valueOf(code)) + " " + why);
        }
        // Timeouts, refused connections and 5xx pages that are not JSON ("Unable to deserialize response").
        return new ApiFailure.Transient(redactor.describe(e));
    }

    /** Cuts a long poll in flight short (on stop): its updates are not confirmed, so they come again. */
    void cancelPolling() {
        polling.dispatcher().cancelAll();
    }

    Redactor redactor() {
        return redactor;
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        polling.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
