package dev.pip.examples.cli.internal;

import dev.pip.core.CheckpointStatus;
import dev.pip.core.PlanDocument;
import dev.pip.core.Target;
import dev.pip.core.TargetWeek;
import dev.pip.core.WeekStatus;
import java.util.ArrayList;
import java.util.List;

/** The weekly checkpoint as a fixed-width table: one row per week, one column per behavioural target. */
final class WeekTable {
    private WeekTable() {
    }

    /** The header line, then one line per week. */
    static List<String> lines(PlanDocument plan, List<WeekStatus> weeks) {
        List<String> targetIds = weeks.stream().flatMap(w -> w.targets().stream()).map(TargetWeek::target)
                .distinct().toList();
        List<String> header = new ArrayList<>(List.of("week", "ending"));
        targetIds.forEach(id -> header.add(plan.target(id).map(Target::displayName).orElse(id)));
        header.addAll(List.of("on track", "check-in", "support"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (WeekStatus w : weeks) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(w.week()), w.lastDate().toString()));
            for (String id : targetIds) {
                row.add(w.targets().stream().filter(t -> t.target().equals(id)).findFirst().map(WeekTable::cell)
                        .orElse(""));
            }
            row.add(w.onTrack() ? "yes" : "NO");
            row.add(w.checkInHeld() ? "held" : "MISSED");
            row.add(Numbers.format(w.supportDelivered()) + "/" + Numbers.format(w.supportCommitted()));
            rows.add(row);
        }
        return align(rows);
    }

    private static String cell(TargetWeek t) {
        String goal = Numbers.goal(t.goal(), t.direction());
        if (t.status() == CheckpointStatus.NO_DATA) {
            return "?/" + goal;
        }
        return Numbers.format(t.value().orElseThrow()) + "/" + goal + (t.status() == CheckpointStatus.MET ? "" : " *");
    }

    private static List<String> align(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String v = row.get(c);
                sb.append(v).append(" ".repeat(width[c] - v.length())).append(c + 1 < columns ? "  " : "");
            }
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }
}
