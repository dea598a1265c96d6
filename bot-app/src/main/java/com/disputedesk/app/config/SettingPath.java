package com.disputedesk.app.config;

import java.util.List;

/** Where a setting sits in disputedesk.yml: keys of sections and indexes of lists, shown as "teams[0].zone". */
record SettingPath(List<Step> steps) implements Comparable<SettingPath> {
    SettingPath {
        steps = List.copyOf(steps);
    }

    /** One step into the tree. */
    sealed interface Step {
    }

    /** A key of a section. */
    record Key(String name) implements Step {
    }

    /** An item of a list. */
    record Index(int value) implements Step {
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Step s : steps) {
            if (s instanceof Key key) {
                out.append(out.length() > 0 ? "." : "").append(key.name());
            } else {
                out.append('[').append(((Index) s).value()).append(']');
            }
        }
        return out.toString();
    }

    /** Tree order, items by number: teams[2] comes before teams[10], so a list is filled from its start. */
    @Override
    public int compareTo(SettingPath other) {
        for (int i = 0; i < Math.min(steps.size(), other.steps.size()); i++) {
            Step a = steps.get(i);
            Step b = other.steps.get(i);
            int c = a instanceof Index x && b instanceof Index y ? Integer.compare(x.value(), y.value())
                    : a.toString().compareTo(b.toString());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(steps.size(), other.steps.size());
    }
}
