package org.committeeacademy.shared.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.committeeacademy.shared.domain.AcademyTime;
import org.committeeacademy.shared.domain.Language;

/**
 * The one formatter per language for dates, times, numbers and percentages, used by pages (through the bean
 * {@code formats}), PDFs, mails and exports: "09.01.2027" and "Samstag, 9. Januar 2027" in German, "9 Jan 2027" and
 * "Saturday, 9 January 2027" in English (British order, as in Europe), times without seconds, "75 %" in German and
 * "75%" in English, at most one decimal ("87,5 %"). Arabic writes Western digits, as its dates do. Instants are shown
 * in the academy's time zone. Null is shown as "–".
 */
public final class LocalFormats {

    public static final String NONE = "–";

    private static final Map<Language, LocalFormats> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new LocalFormats(language));
        }
    }

    private final Language language;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter writtenDate;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter longDateTime;

    private LocalFormats(Language language) {
        this.language = language;
        this.locale = formattingLocale(language);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        this.writtenDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        this.longDateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale);
    }

    public static LocalFormats of(Language language) {
        return BY_LANGUAGE.get(language == null ? Language.defaultLanguage() : language);
    }

    /** English dates in the European order of the United Kingdom; Arabic numbers with Western digits. */
    static Locale formattingLocale(Language language) {
        return switch (language) {
            case EN -> Locale.UK;
            case AR -> Locale.forLanguageTag("ar-u-nu-latn");
            default -> language.locale();
        };
    }

    public Language language() {
        return language;
    }

    /**
     * A day: "09.01.2027", "9 Jan 2027"; a date and time shows its day only. A text holding an ISO day (a worksheet's
     * date field, "2027-06-05") is shown as that day, any other text as it is; blank text as "–".
     */
    public String date(Object value) {
        if (value instanceof String text) {
            if (text.isBlank()) {
                return NONE;
            }
            try {
                return date.format(LocalDate.parse(text.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                return text;
            }
        }
        return format(value, date, false);
    }

    /** A day with its weekday, written out: "Samstag, 9. Januar 2027", "Saturday, 9 January 2027". */
    public String longDate(Object value) {
        return format(value, longDate, false);
    }

    /** A day with the month written out, as in a letter: "9. Januar 2027", "9 January 2027". */
    public String writtenDate(LocalDate day) {
        return day == null ? NONE : writtenDate.format(day);
    }

    /** A time of day without seconds: "10:00". */
    public String time(Object value) {
        if (value instanceof LocalTime t) {
            return time.format(t);
        }
        return format(value, time, true);
    }

    /** Day and time: "09.01.2027, 10:00". A bare day is shown as a day. */
    public String dateTime(Object value) {
        return format(value, dateTime, true);
    }

    /** Weekday, day and time written out: "Samstag, 9. Januar 2027, 10:00". */
    public String longDateTime(Object value) {
        return format(value, longDateTime, true);
    }

    /** A percentage given as 0–100 (75, 87.5): "75 %", "75%", "%75", at most one decimal. */
    public String percent(Number percent) {
        if (percent == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(new BigDecimal(percent.toString()).movePointLeft(2));
    }

    /** A number with the language's separators and at most one decimal: "1.234,5", "1,234.5". */
    public String number(Number value) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value instanceof BigDecimal d ? d : new BigDecimal(value.toString()));
    }

    private String format(Object value, DateTimeFormatter withTime, boolean hasTime) {
        TemporalAccessor local = local(value);
        if (local == null) {
            return NONE;
        }
        if (local instanceof LocalDate day) {
            return (withTime == longDateTime || withTime == longDate ? longDate : date).format(day);
        }
        LocalDateTime moment = (LocalDateTime) local;
        return hasTime ? withTime.format(moment) : withTime.format(moment.toLocalDate());
    }

    /** Every kind of point in time as a local day or local date and time in the academy's time zone. */
    private static TemporalAccessor local(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return (TemporalAccessor) value;
        }
        if (value instanceof Instant i) {
            return LocalDateTime.ofInstant(i, AcademyTime.ZONE);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(AcademyTime.ZONE).toLocalDateTime();
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(AcademyTime.ZONE).toLocalDateTime();
        }
        throw new IllegalArgumentException(
                "not a date or time: " + value.getClass().getName());
    }
}
