package com.disputedesk.discord;

import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;

/** Who may use the desk in a guild: members with the guild's configured staff role, or with Manage Server. */
final class StaffGate {
    private final Map<String, String> staffRoleByGuild;

    StaffGate(Map<String, String> staffRoleByGuild) {
        this.staffRoleByGuild = Map.copyOf(staffRoleByGuild);
    }

    boolean allows(Member member) {
        if (member == null) {
            return false;
        }
        if (member.hasPermission(Permission.MANAGE_SERVER)) {
            return true;
        }
        String role = staffRoleByGuild.get(member.getGuild().getId());
        return role != null && member.getRoles().stream().anyMatch(r -> r.getId().equals(role));
    }
}
