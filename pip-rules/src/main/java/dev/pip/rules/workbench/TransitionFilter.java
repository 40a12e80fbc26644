package dev.pip.rules.workbench;

import dev.pip.core.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decision changes that block a change of the rules, written {@code FROM->TO} with {@code *} for
 * any decision, several separated by commas: {@code *->EXIT,PASS->HR_REVIEW}. Only plans whose
 * decision changed match: a plan that was EXIT and stays EXIT does not match {@code *->EXIT}.
 */
public final class TransitionFilter {
    private final List<Pair> pairs;

    private TransitionFilter(List<Pair> pairs) {
        this.pairs = pairs;
    }

    /**
     * Parses {@code FROM->TO[,FROM->TO...]}.
     *
     * @throws IllegalArgumentException naming the part that is not a transition
     */
    public static TransitionFilter parse(String text) {
        List<Pair> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] sides = part.trim().split("->", -1);
            if (sides.length != 2) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not a transition: write FROM->TO, e.g. *->EXIT");
            }
            out.add(new Pair(side(sides[0], part), side(sides[1], part)));
        }
        return new TransitionFilter(List.copyOf(out));
    }

    private static Optional<Decision> side(String s, String part) {
        String t = s.trim().toUpperCase(Locale.ROOT);
        if (t.equals("*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Decision.valueOf(t));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + s.trim() + "' in '" + part.trim()
                    + "' is not a decision; decisions: " + List.of(Decision.values()) + " or *", e);
        }
    }

    /** True when {@code t} changed the decision and matches one of the transitions. */
    public boolean matches(Transition t) {
        if (!t.changed()) {
            return false;
        }
        for (Pair p : pairs) {
            if (p.from().map(d -> d == t.from()).orElse(true) && p.to().map(d -> d == t.to()).orElse(true)) {
                return true;
            }
        }
        return false;
    }

    /** One FROM->TO; empty for {@code *}. */
    private record Pair(Optional<Decision> from, Optional<Decision> to) {
    }
}
