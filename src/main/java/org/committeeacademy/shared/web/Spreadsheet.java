package org.committeeacademy.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A CSV file as spreadsheet programs open it: UTF-8 with a byte order mark and semicolons, which is what Excel in a
 * German locale reads with umlauts intact and one value per column. Every value is quoted, and one starting with
 * =, +, -, @, a tab or a return is defused so a spreadsheet never runs it as a formula (a plain signed number stays
 * as it is).
 */
public final class Spreadsheet {

    /** A signed number such as -2 or +1,5 runs nothing, and stays a number for the spreadsheet. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]\\d{1,15}([.,]\\d{1,15})?");

    private final StringBuilder csv = new StringBuilder("\uFEFF");

    public Spreadsheet row(List<String> values) {
        csv.append(values.stream().map(Spreadsheet::quoted).collect(Collectors.joining(";")))
                .append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String quoted(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty()
                && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0
                && !PLAIN_NUMBER.matcher(safe).matches()) {
            safe = "'" + safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
