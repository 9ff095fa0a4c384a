package org.committeeacademy.identity.domain;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.committeeacademy.shared.domain.Language;

/**
 * A list of people to invite, as staff export it from a spreadsheet: {@code name;email[;language]} per line, a header
 * line optional, UTF-8 with or without byte order mark, semicolons (German Excel) or commas, read by Apache Commons
 * CSV as RFC 4180 (quoted values with separators, doubled quotes and line breaks). Each record is checked on its own,
 * numbered by the line it starts on, so the preview can show what is wrong where before anything is sent.
 */
public final class InvitationCsv {

    public static final int MAX_BYTES = 200 * 1024;
    public static final int MAX_LINES = 500;

    /** One line of the file: what it says and, if it cannot be sent, the message key of why. */
    public record Line(int number, String name, String email, Language language, String problem)
            implements Serializable {

        public boolean isSendable() {
            return problem == null;
        }
    }

    /** The problem of the line where a quoted value starts that is never closed; the rest of the file is not read. */
    public static final String UNCLOSED_QUOTE = "invitations.csv.unclosedQuote";

    /**
     * RFC 4180 as spreadsheets write it: a quoted value may hold the separator, doubled quotes and line breaks; spaces
     * around a value do not count, nor does a quote inside an unquoted value; a line of nothing is skipped (and counted, so line numbers are the file's).
     */
    private static final CSVFormat COMMAS = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .setTrailingData(true) // "Müller" Anna: the text after the closing quote belongs to the value
            .get();

    private static final CSVFormat SEMICOLONS =
            COMMAS.builder().setDelimiter(';').get();

    private InvitationCsv() {}

    /**
     * @param hasAccount whether a (normalised) address already has an account
     * @throws IllegalArgumentException with a message key when the file is not a text list at all
     */
    public static List<Line> parse(byte[] content, Predicate<String> hasAccount) {
        String text = text(content);
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CSVFormat format = outsideQuotes(text, ';') ? SEMICOLONS : COMMAS;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            long linesBefore = 0;
            int count = 0;
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    int number = (int) linesBefore + 1; // where the record starts; a quoted value may span lines
                    linesBefore = parser.getCurrentLineNumber();
                    if (++count > MAX_LINES + 1) {
                        throw new IllegalArgumentException("invitations.csv.tooLong");
                    }
                    List<String> cells =
                            record.stream().map(InvitationCsv::clean).toList();
                    if (cells.stream().allMatch(String::isEmpty) || (count == 1 && isHeader(cells))) {
                        continue;
                    }
                    lines.add(line(number, cells, seen, hasAccount));
                }
            } catch (UncheckedIOException e) {
                // the only way reading a String fails: a quote opened in the record starting here is never closed
                lines.add(new Line((int) linesBefore + 1, "", "", Language.defaultLanguage(), UNCLOSED_QUOTE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("invitations.csv.empty");
        }
        return lines;
    }

    private static Line line(int number, List<String> cells, Set<String> seen, Predicate<String> hasAccount) {
        String name = cell(cells, 0);
        String email = EmailAddress.normalize(cell(cells, 1));
        String code = cell(cells, 2);
        Optional<Language> language = code.isEmpty()
                ? Optional.of(Language.defaultLanguage())
                : Language.fromCode(code.toLowerCase(Locale.ROOT));
        String problem = null;
        if (name.isEmpty() || name.length() > Account.MAX_NAME_LENGTH) {
            problem = "account.name.invalid";
        } else if (!EmailAddress.isValid(email)) {
            problem = "account.email.invalid";
        } else if (language.isEmpty()) {
            problem = "invitations.csv.language";
        } else if (!seen.add(email)) {
            problem = "invitations.csv.duplicate";
        } else if (hasAccount.test(email)) {
            problem = "invitations.csv.hasAccount";
        }
        return new Line(number, name, email, language.orElse(Language.defaultLanguage()), problem);
    }

    private static String cell(List<String> cells, int index) {
        return index >= cells.size() ? "" : cells.get(index);
    }

    /** A value as a person means it: a line break inside (a wrapped cell in the spreadsheet) is one space. */
    private static String clean(String value) {
        return value.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** Whether the separator stands outside double quotes anywhere: then the file is separated by it. */
    private static boolean outsideQuotes(String text, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return true;
            }
        }
        return false;
    }

    /** A first line without an address that names its columns, e.g. "Name;E-Mail;Sprache". */
    private static boolean isHeader(List<String> cells) {
        String lower = String.join(";", cells).toLowerCase(Locale.ROOT);
        return !lower.contains("@") && (lower.contains("mail") || lower.contains("name"));
    }

    /** Strict UTF-8 without control characters other than line ends and tabs: anything else is no list. */
    private static String text(byte[] content) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("invitations.csv.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("invitations.csv.tooLarge");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("invitations.csv.notText");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        boolean control = text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
        if (control) {
            throw new IllegalArgumentException("invitations.csv.notText");
        }
        return text;
    }
}
