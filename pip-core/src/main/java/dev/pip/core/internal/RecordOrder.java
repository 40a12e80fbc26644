package dev.pip.core.internal;

import dev.pip.core.Decision;
import dev.pip.core.Problem;
import dev.pip.core.RecordedDecision;
import java.util.ArrayList;
import java.util.List;

/**
 * The order rules of a plan's recorded decisions, shared by the JSON reader and the Java model
 * so both report the same problems at the same paths ({@code $.decisions[2].day}).
 */
public final class RecordOrder {
    private RecordOrder() {
    }

    /**
     * Every order problem of {@code records}: days strictly increasing; the first record is
     * CONTINUE, PASS, EXTEND or EXIT; CONTINUE only first and on a day at most
     * {@code windowDays - 7}; after CONTINUE or EXTEND come PASS, EXTEND or EXIT; after PASS come
     * REGRESSION or CLOSED; nothing after EXIT, REGRESSION or CLOSED.
     *
     * @param records    the records, oldest first (each already valid on its own)
     * @param windowDays the plan's window length
     * @return the problems, in document order; empty when the order is valid
     */
    public static List<Problem> problems(List<RecordedDecision> records, int windowDays) {
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            RecordedDecision r = records.get(i);
            String at = "$.decisions[" + i + "]";
            if (i > 0 && r.day() <= records.get(i - 1).day()) {
                out.add(new Problem(at + ".day", "day " + r.day() + " must come after the previous record's day "
                        + records.get(i - 1).day() + " (records are oldest first, one per day)"));
            }
            String order = i == 0 ? first(r.decision()) : after(records.get(i - 1).decision(), r.decision());
            if (order != null) {
                out.add(new Problem(at + ".decision", order));
            }
            if (r.decision() == Decision.CONTINUE && r.day() > windowDays - 7) {
                out.add(new Problem(at + ".day", "CONTINUE on day " + r.day() + " leaves less than a week to judge"
                        + " before the end of the window: it must be on day " + (windowDays - 7)
                        + " at the latest (windowDays " + windowDays + " - 7)"));
            }
        }
        return out;
    }

    private static String first(Decision d) {
        return switch (d) {
            case CONTINUE, PASS, EXTEND, EXIT -> null;
            default -> d + " cannot be the first record: the first decision is CONTINUE, PASS, EXTEND or EXIT";
        };
    }

    private static String after(Decision previous, Decision d) {
        return switch (previous) {
            case CONTINUE, EXTEND -> switch (d) {
                case PASS, EXTEND, EXIT -> null;
                case CONTINUE -> "CONTINUE may only be the first record (the gate)";
                default -> d + " cannot follow " + previous + ": after " + previous + " come PASS, EXTEND or EXIT";
            };
            case PASS -> d == Decision.REGRESSION || d == Decision.CLOSED ? null
                    : d + " cannot follow PASS: after PASS come REGRESSION or CLOSED";
            default -> "nothing can follow " + previous + ": it ends the timeline";
        };
    }
}
