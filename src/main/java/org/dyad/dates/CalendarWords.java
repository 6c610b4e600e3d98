package org.dyad.dates;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month and weekday names, in English and in the other languages whose lines news pages carry
 * (French, German, Spanish, Italian, Ukrainian, Russian), full and abbreviated.
 * Footers in another language still date a page ("у понеділок, 25 листопада").
 */
final class CalendarWords {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        months("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
                "august aug", "september sep sept", "october oct", "november nov", "december dec");
        months("janvier", "février fevrier", "mars", "avril", "mai", "juin", "juillet", "août aout",
                "septembre", "octobre", "novembre", "décembre decembre");
        months("januar jänner", "februar", "märz maerz", "april", "mai", "juni", "juli", "august",
                "september", "oktober", "november", "dezember");
        months("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                "septiembre setiembre", "octubre", "noviembre", "diciembre");
        months("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                "settembre", "ottobre", "novembre", "dicembre");
        // Ukrainian and Russian: nominative and the genitive used after a day number
        months("січень січня", "лютий лютого", "березень березня", "квітень квітня", "травень травня",
                "червень червня", "липень липня", "серпень серпня", "вересень вересня",
                "жовтень жовтня", "листопад листопада", "грудень грудня");
        months("январь января", "февраль февраля", "март марта", "апрель апреля", "май мая",
                "июнь июня", "июль июля", "август августа", "сентябрь сентября", "октябрь октября",
                "ноябрь ноября", "декабрь декабря");

        weekdays("monday mon", "tuesday tue tues", "wednesday wed", "thursday thu thur thurs",
                "friday fri", "saturday sat", "sunday sun");
        weekdays("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
        weekdays("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag sonnabend", "sonntag");
        weekdays("lunes", "martes", "miércoles miercoles", "jueves", "viernes", "sábado sabado", "domingo");
        weekdays("lunedì lunedi", "martedì martedi", "mercoledì mercoledi", "giovedì giovedi",
                "venerdì venerdi", "sabato", "domenica");
        weekdays("понеділок понеділка", "вівторок вівторка", "середа середу", "четвер четверга",
                "пʼятниця п'ятниця п’ятниця пʼятницю п'ятницю п’ятницю", "субота суботу", "неділя неділю");
        weekdays("понедельник", "вторник", "среда среду", "четверг", "пятница пятницу", "суббота субботу",
                "воскресенье");
    }

    private CalendarWords() {
    }

    private static void months(String... names) {
        for (int m = 0; m < 12; m++)
            for (String n : names[m].split(" ")) MONTHS.putIfAbsent(n, m + 1);
    }

    private static void weekdays(String... names) {
        for (int d = 0; d < 7; d++)
            for (String n : names[d].split(" ")) WEEKDAYS.putIfAbsent(n, DayOfWeek.of(d + 1));
    }

    /** The month (1..12) a word names, or 0. A trailing dot is allowed ("Sept."). */
    static int month(String word) {
        Integer m = MONTHS.get(key(word));
        return m == null ? 0 : m;
    }

    /** The weekday a word names, or null. */
    static DayOfWeek weekday(String word) {
        return WEEKDAYS.get(key(word));
    }

    /** True for English full month names only: "May" and "March" as words are too ambiguous elsewhere. */
    static boolean isEnglishMonthName(String word) {
        String k = key(word);
        return month(k) > 0 && k.length() > 2 && "january february march april may june july august september october november december"
                .contains(k);
    }

    private static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return w;
    }

    /** A regex alternation of every month name, longest first so "September" beats "Sep". */
    static String monthPattern() {
        return alternation(MONTHS.keySet());
    }

    static String weekdayPattern() {
        return alternation(WEEKDAYS.keySet());
    }

    private static String alternation(java.util.Set<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length())
                .map(java.util.regex.Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
