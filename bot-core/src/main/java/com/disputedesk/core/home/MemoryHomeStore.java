package com.disputedesk.core.home;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.chat.ChatRef;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link HomeStore} in memory: homes are forgotten at a restart. */
final class MemoryHomeStore implements HomeStore {
    private final Map<String, CaseHome> byCase = new ConcurrentHashMap<>();

    @Override
    public void put(CaseHome home) {
        byCase.put(key(home.team(), home.number()), home);
    }

    @Override
    public Optional<CaseHome> of(String team, CaseNumber number) {
        return Optional.ofNullable(byCase.get(key(team, number)));
    }

    @Override
    public Optional<CaseHome> at(ChatRef place) {
        return byCase.values().stream().filter(h -> h.place().equals(place)).findFirst();
    }

    @Override
    public void clear(ChatRef place) {
        byCase.values().removeIf(h -> h.place().equals(place));
    }

    private static String key(String team, CaseNumber number) {
        return team + "#" + number.value();
    }
}
