package org.committeeacademy.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.committeeacademy.shared.domain.Language;
import org.junit.jupiter.api.Test;

/** One formatter per language: no seconds, no ISO days, no "75.0 %", the weekday and month in the reader's words. */
class LocalFormatsTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 9);
    private static final LocalDateTime TEN = DAY.atTime(10, 0);
    /** Seven past nine in Berlin in summer (UTC+2). */
    private static final Instant SUMMER = Instant.parse("2027-06-05T07:07:30Z");

    @Test
    void german() {
        LocalFormats de = LocalFormats.of(Language.DE);
        assertEquals("09.01.2027", de.date(DAY));
        assertEquals("Samstag, 9. Januar 2027", de.longDate(DAY));
        assertEquals("9. Januar 2027", de.writtenDate(DAY));
        assertEquals("10:00", de.time(LocalTime.of(10, 0, 0)));
        assertEquals("09.01.2027, 10:00", de.dateTime(TEN));
        assertEquals("Samstag, 9. Januar 2027, 10:00", de.longDateTime(TEN));
        assertEquals("05.06.2027, 09:07", de.dateTime(SUMMER), "instants in Europe/Berlin, without seconds");
        assertEquals("75\u00a0%", de.percent(75));
        assertEquals("87,5\u00a0%", de.percent(new BigDecimal("87.50")));
        assertEquals("75\u00a0%", de.percent(75.0), "never 75.0 %");
        assertEquals("1.234,5", de.number(1234.5));
    }

    @Test
    void englishWritesTheDayBeforeTheMonthWithoutAFullStop() {
        LocalFormats en = LocalFormats.of(Language.EN);
        assertEquals("Saturday, 9 January 2027", en.longDate(DAY));
        assertEquals("9 January 2027", en.writtenDate(DAY));
        assertEquals("9 Jan 2027", en.date(DAY));
        assertEquals("10:00", en.time(TEN));
        assertEquals("75%", en.percent(75));
        assertEquals("87.5%", en.percent(87.5));
        assertEquals("1,234.5", en.number(1234.5));
    }

    @Test
    void turkishPutsThePercentSignFirst() {
        LocalFormats tr = LocalFormats.of(Language.TR);
        assertEquals("%75", tr.percent(75));
        assertEquals("9 Ocak 2027 Cumartesi", tr.longDate(DAY));
        assertEquals("10:00", tr.time(LocalTime.of(10, 0, 30)));
    }

    @Test
    void ukrainianWritesTheMonthInItsOwnWords() {
        LocalFormats uk = LocalFormats.of(Language.UK);
        assertEquals("субота, 9 січня 2027 р.", uk.longDate(DAY));
        assertEquals("75%", uk.percent(75));
        assertEquals("87,5%", uk.percent(87.5));
        assertEquals("10:00", uk.time(TEN));
    }

    @Test
    void arabicUsesArabicNamesAndWesternDigitsLikeItsDates() {
        LocalFormats ar = LocalFormats.of(Language.AR);
        String longDate = ar.longDate(DAY);
        assertTrue(longDate.contains("يناير") && longDate.contains("السبت"), longDate);
        assertTrue(longDate.contains("2027"), longDate);
        String percent = ar.percent(75);
        assertTrue(percent.contains("75") && !percent.contains("٧"), percent);
    }

    @Test
    void nothingIsADashAndNoFormatShowsSecondsOrIsoDays() {
        for (Language language : Language.values()) {
            LocalFormats f = LocalFormats.of(language);
            assertEquals(LocalFormats.NONE, f.date(null));
            assertEquals(LocalFormats.NONE, f.percent(null));
            for (String shown :
                    new String[] {f.dateTime(SUMMER), f.longDateTime(TEN), f.time(LocalTime.of(9, 7, 30))}) {
                assertFalse(shown.contains(":30"), language + ": " + shown);
                assertFalse(shown.contains("2027-"), language + ": " + shown);
            }
        }
    }

    @Test
    void aWorksheetsIsoDayIsShownAsADayAndOtherTextAsItIs() {
        assertEquals("05.06.2027", LocalFormats.of(Language.DE).date("2027-06-05"));
        assertEquals("5 Jun 2027", LocalFormats.of(Language.EN).date("2027-06-05"));
        assertEquals("Ende Juni", LocalFormats.of(Language.DE).date("Ende Juni"));
        assertEquals(LocalFormats.NONE, LocalFormats.of(Language.DE).date(" "));
    }
}
