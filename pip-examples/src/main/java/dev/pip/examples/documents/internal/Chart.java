package dev.pip.examples.documents.internal;

import java.util.List;

/**
 * One target's chart, ready for the template: every coordinate is already computed and
 * formatted, so the template only places elements.
 *
 * @param id          the HTML id prefix of this chart
 * @param title       the chart's title (its SVG title, read by screen readers)
 * @param description what the chart shows, in words (its SVG description)
 * @param width       SVG width
 * @param height      SVG height
 * @param axis        the plot area's frame
 * @param yTicks      value axis labels
 * @param xTicks      week labels
 * @param periods     shaded periods (extension, monitoring)
 * @param gaps        weeks without data, one band each
 * @param goalPath    the goal in force as a stepped SVG path
 * @param segments    the weekly values as polylines, broken at every missing week
 * @param points      one point per week with data
 * @param markers     gate, end and decisions as vertical lines
 * @param rows        the same values as a table
 */
public record Chart(String id, String title, String description, int width, int height, Frame axis,
        List<Tick> yTicks, List<Tick> xTicks, List<Band> periods, List<Band> gaps, String goalPath,
        List<String> segments, List<Point> points, List<Marker> markers, List<Row> rows) {

    /** The plot area. */
    public record Frame(String left, String top, String right, String bottom) {
    }

    /** An axis label at a position. */
    public record Tick(String x, String y, String label) {
    }

    /** A shaded band over the full plot height. */
    public record Band(String cssClass, String label, String x, String y, String width, String height,
            String labelX, String labelY, int week) {
    }

    /** A week's value. */
    public record Point(int week, String cx, String cy, String cssClass, String title) {
    }

    /**
     * A vertical line at a plan day: the gate, the end, or a decision (a person's recorded one
     * drawn dashed with a diamond, the rules' own solid with a circle).
     */
    public record Marker(String cssClass, String x, String top, String bottom, String label, String labelY,
            boolean recorded, boolean decision, String diamond, String title) {
    }

    /** A row of the chart's table. */
    public record Row(int week, String dates, String value, String goal, String status) {
    }
}
