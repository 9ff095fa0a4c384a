package org.committeeacademy.notification.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail template with {@code {{name}}} placeholders. Only the template is scanned for placeholders: values are
 * inserted as they are (escaped in HTML), never read as template text themselves, so what people typed can never
 * pull in other values. A placeholder without a value is an error, so a template and its caller cannot drift apart.
 */
public final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    private final String source;

    public TemplateText(String source) {
        this.source = source;
    }

    public String plain(Map<String, String> values) {
        return fill(values, false);
    }

    /** Values are HTML-escaped, and their line breaks become {@code <br>}. */
    public String html(Map<String, String> values) {
        return fill(values, true);
    }

    private String fill(Map<String, String> values, boolean html) {
        Matcher m = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder(source.length() + 200);
        int at = 0;
        while (m.find()) {
            out.append(source, at, m.start());
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {{" + m.group(1) + "}}");
            }
            out.append(html ? escape(value).replace("\n", "<br>\n") : value);
            at = m.end();
        }
        return out.append(source, at, source.length()).toString();
    }

    public static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\r' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
