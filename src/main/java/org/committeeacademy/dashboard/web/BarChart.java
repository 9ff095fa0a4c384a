package org.committeeacademy.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A bar chart as the Chart.js configuration (JSON) that PrimeFaces' {@code p:chart} draws. Values may be null (a gap,
 * e.g. a survey figure withheld). Built by hand: a few keys, every text escaped.
 */
final class BarChart {

    private static final String[] COLOURS = {"#1f5f8b", "#d9822b", "#4b8b3b", "#8b3b6e", "#6d6d6d"};

    private final List<String> labels;
    private final List<String> datasets = new ArrayList<>();
    private Integer max;
    private boolean counts;

    BarChart(List<String> labels) {
        this.labels = labels;
    }

    BarChart series(String label, List<? extends Number> values) {
        String colour = COLOURS[datasets.size() % COLOURS.length];
        datasets.add("{\"label\":" + string(label) + ",\"backgroundColor\":\"" + colour + "\",\"data\":["
                + values.stream().map(BarChart::number).collect(Collectors.joining(",")) + "]}");
        return this;
    }

    /** The value axis ends here (100 for percentages, 5 for the survey scale). */
    BarChart upTo(int max) {
        this.max = max;
        return this;
    }

    /** The values are counts: the axis shows whole numbers only. */
    BarChart counting() {
        this.counts = true;
        return this;
    }

    String json() {
        return "{\"type\":\"bar\",\"data\":{\"labels\":["
                + labels.stream().map(BarChart::string).collect(Collectors.joining(","))
                + "],\"datasets\":[" + String.join(",", datasets) + "]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"scales\":{\"y\":{\"beginAtZero\":true" + (max == null ? "" : ",\"max\":" + max)
                + (counts ? ",\"ticks\":{\"precision\":0}" : "") + "}}}}";
    }

    private static String number(Number value) {
        if (value == null) {
            return "null";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
