package org.dyad.cli;

import org.dyad.article.Factuality;
import org.dyad.article.PloverType;
import org.dyad.query.Granularity;
import org.dyad.query.OutputFormat;
import org.dyad.store.CopyFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Option converters that accept any case ("agree", "AGREE") and say what is allowed when a value is wrong. */
final class Converters {
    private Converters() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }

    static final class PloverTypeConverter implements ITypeConverter<PloverType> {
        public PloverType convert(String v) { return parse(PloverType.class, v); }
    }

    static final class FactualityConverter implements ITypeConverter<Factuality> {
        public Factuality convert(String v) { return parse(Factuality.class, v); }
    }

    static final class GranularityConverter implements ITypeConverter<Granularity> {
        public Granularity convert(String v) { return parse(Granularity.class, v); }
    }

    static final class OutputFormatConverter implements ITypeConverter<OutputFormat> {
        public OutputFormat convert(String v) { return parse(OutputFormat.class, v); }
    }

    static final class CopyFormatConverter implements ITypeConverter<CopyFormat> {
        public CopyFormat convert(String v) { return parse(CopyFormat.class, v); }
    }

    static final class DateConverter implements ITypeConverter<LocalDate> {
        public LocalDate convert(String v) {
            try {
                return LocalDate.parse(v.trim());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + v + "' is not a date like 2023-03-10");
            }
        }
    }
}
