package com.disputedesk.core.team;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.kernel.UiLanguage;
import java.time.ZoneId;
import java.util.Set;

/**
 * A seller's support team as configured.
 *
 * @param id       short id, stable: cases are stored under it
 * @param name     display name
 * @param language the default language the bot speaks to the team (a team admin may change it)
 * @param zone     the time zone configured for the team; an admin may change it with /settings zone, so code
 *                 reads the team's zone now through {@code TeamSettings.zone} (a turn carries it as {@code Turn.zone})
 * @param chats    the chats the team owns, as "platform:chatId" keys (e.g. "telegram:-1001234", "discord:8877",
 *                 "console:console"). On Discord the chat id is the guild id.
 * @param members  members allowed to talk to the bot in a private chat, as "platform:userId" keys
 * @param admins   members who may change team settings, as "platform:userId" keys
 */
public record Team(String id, String name, UiLanguage language, ZoneId zone, Set<String> chats, Set<String> members,
                   Set<String> admins) {
    public Team {
        chats = Set.copyOf(chats);
        members = Set.copyOf(members);
        admins = Set.copyOf(admins);
    }

    /** Whether the team owns this chat, or it is the private chat of one of its listed members. */
    public boolean owns(ChatRef chat, Member member) {
        String chatKey = chat.platform().name().toLowerCase(java.util.Locale.ROOT) + ":" + chat.chatId();
        if (chats.contains(chatKey)) {
            return true;
        }
        boolean privateChat = chat.platform() != Platform.DISCORD && chat.chatId().equals(member.userId());
        return privateChat && members.contains(member.key());
    }

    public boolean isAdmin(Member member) {
        return admins.contains(member.key());
    }
}
