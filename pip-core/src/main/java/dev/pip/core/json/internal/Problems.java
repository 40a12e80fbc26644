package dev.pip.core.json.internal;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.Problem;
import java.util.ArrayList;
import java.util.List;

/** The problems found so far in one document, in the order the reader met them. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    /** Records a problem at {@code path}. */
    public void add(String path, String message) {
        list.add(new Problem(path, message));
    }

    /** True when no problem was found. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** How many problems were found. */
    public int size() {
        return list.size();
    }

    /** Every problem so far. */
    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** Throws an {@link InvalidPlanException} for {@code source} when any problem was found. */
    public void throwIfAny(String source) {
        if (!list.isEmpty()) {
            throw new InvalidPlanException(source, list);
        }
    }
}
