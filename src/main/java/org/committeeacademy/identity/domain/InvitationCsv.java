package org.committeeacademy.identity.domain;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.committeeacademy.shared.domain.Language;

/**
 * A list of people to invite, as staff export it from a spreadsheet: {@code name;email[;language]} per line, a header
 * line optional, UTF-8 with or without byte order mark, semicolons or commas. Each line is checked on its own, so the
 * preview can show what is wrong where before anything is sent.
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

    private InvitationCsv() {}

    /**
     * @param hasAccount whether a (normalised) address already has an account
     * @throws IllegalArgumentException with a message key when the file is not a text list at all
     */
    public static List<Line> parse(byte[] content, Predicate<String> hasAccount) {
        String text = text(content);
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] rows = text.split("\r\n|\r|\n");
        if (rows.length > MAX_LINES + 1) {
            throw new IllegalArgumentException("invitations.csv.tooLong");
        }
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || (i == 0 && isHeader(row))) {
                continue;
            }
            lines.add(line(i + 1, row, seen, hasAccount));
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("invitations.csv.empty");
        }
        return lines;
    }

    private static Line line(int number, String row, Set<String> seen, Predicate<String> hasAccount) {
        String[] cells = cells(row);
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

    private static String cell(String[] cells, int index) {
        return index >= cells.length ? "" : cells[index].strip();
    }

    /**
     * A line's cells: split at ';' (or at ',' when no ';' stands outside quotes), never inside double quotes, where
     * {@code ""} is one quote; so "Müller; Anna" or "Müller, Anna" stays one name, as the exchange export writes it.
     */
    static String[] cells(String row) {
        char separator = outsideQuotes(row, ';') ? ';' : ',';
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '"' && quoted && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.toArray(String[]::new);
    }

    private static boolean outsideQuotes(String row, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return true;
            }
        }
        return false;
    }

    /** A first line without an address that names its columns, e.g. "Name;E-Mail;Sprache". */
    private static boolean isHeader(String row) {
        String lower = row.toLowerCase(Locale.ROOT);
        return !row.contains("@") && (lower.contains("mail") || lower.contains("name"));
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
