package dev.pip.examples.documents.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of counts, with its description for screen readers; the page shows the
 * same counts in a table beside it.
 *
 * @param id          the HTML id prefix
 * @param title       the chart's title
 * @param description the counts in words
 * @param width       SVG width
 * @param height      SVG height
 * @param bars        one bar per label
 */
public record BarChart(String id, String title, String description, int width, int height, List<Bar> bars) {
    private static final int WIDTH = 560;
    private static final int LABEL = 170;
    private static final int ROW = 22;

    /** One bar. */
    public record Bar(String label, String count, String labelY, String x, String y, String width, String countX) {
    }

    /** A chart of {@code counts} (label, count) in the order given. */
    public static BarChart of(String id, String title, List<Parts.Field> counts) {
        long max = 1;
        for (Parts.Field f : counts) {
            max = Math.max(max, Long.parseLong(f.value()));
        }
        List<Bar> bars = new ArrayList<>();
        StringBuilder description = new StringBuilder(title).append(": ");
        int y = 6;
        for (Parts.Field f : counts) {
            long count = Long.parseLong(f.value());
            double w = (WIDTH - LABEL - 50) * (double) count / max;
            bars.add(new Bar(f.label(), f.value(), Text.coordinate(y + 15), String.valueOf(LABEL), String.valueOf(y + 3),
                    Text.coordinate(Math.max(w, count > 0 ? 1 : 0)), Text.coordinate(LABEL + w + 6)));
            description.append(f.label()).append(' ').append(f.value()).append("; ");
            y += ROW;
        }
        return new BarChart(id, title, description.toString().replaceFirst("; $", "."), WIDTH, y + 6, bars);
    }
}
