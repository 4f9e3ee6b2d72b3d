package org.cpis.server.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.model.ValueError;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.server.report.ReportFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The values the report commands take, read from their text. Each method names the option in its message, with the
 * value and what to give instead, e.g. {@code --nhs '123': NHS number must be exactly 10 digits (new style)
 * (CPIS-V002)}. Dates are civil dates in Europe/London, as every CP-IS date rule has them.
 */
final class ReportArguments {

    /** How many days {@code report counts} covers when no {@code --from} is given: the last 30, today included. */
    static final int DEFAULT_PERIOD_DAYS = 30;

    private ReportArguments() {
    }

    /**
     * Runs {@code parse}; an {@link InvalidArgumentException} becomes picocli's wrong usage (exit status 2, the message
     * then the usage on standard error).
     */
    static <T> T orWrongUsage(CommandSpec command, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }

    static NhsNumber nhsNumber(String option, String value) {
        ValueError problem = NhsNumber.problemWith(value == null ? null : value.strip().replace(" ", ""));
        if (problem != null) {
            throw invalid(option, value, problem.message() + " (" + problem.code() + ")");
        }
        return NhsNumber.of(value);
    }

    static OdsCode odsCode(String option, String value) {
        if (!OdsCode.isValid(value)) {
            ValueError problem = ValueError.ODS_CODE_INVALID;
            throw invalid(option, value, problem.message() + ", e.g. RX1 (" + problem.code() + ")");
        }
        return OdsCode.of(value);
    }

    static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw invalid(option, value, "not a date; use YYYY-MM-DD, e.g. 2026-01-31");
        }
    }

    /**
     * A moment: an instant ({@code 2026-01-31T14:30:00Z}), a date-time with offset ({@code 2026-07-31T14:30:00+01:00}),
     * a date-time on England's clock ({@code 2026-01-31T14:30}), or a date, meaning the end of that day in England
     * (its last microsecond, the precision the audit trail keeps).
     */
    static Instant moment(String option, String value) {
        String text = value.strip();
        try {
            if (text.endsWith("Z") || text.endsWith("z")) {
                return Instant.parse(text.toUpperCase(Locale.ROOT));
            }
            if (text.indexOf('T') < 0) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay(ServiceCalendar.ZONE).toInstant()
                        .minus(1, ChronoUnit.MICROS);
            }
            if (text.lastIndexOf('+') > 0 || text.lastIndexOf('-') > text.indexOf('T')) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).atZone(ServiceCalendar.ZONE).toInstant();
        } catch (DateTimeException e) {
            throw invalid(option, value, "not a moment; use an instant such as 2026-01-31T14:30:00Z, a time on"
                    + " England's clock such as 2026-01-31T14:30, or a date such as 2026-01-31 (the end of that day)");
        }
    }

    /**
     * The days {@code [from, to]} of {@code report counts}: {@code to} is today when not given, {@code from} the
     * {@value #DEFAULT_PERIOD_DAYS} days up to and including {@code to}.
     */
    static Period period(String fromOption, String from, String toOption, String to, LocalDate today) {
        LocalDate last = to == null ? today : date(toOption, to);
        LocalDate first = from == null ? last.minusDays(DEFAULT_PERIOD_DAYS - 1L) : date(fromOption, from);
        requireInOrder(fromOption, first, toOption, last, to == null ? " (today, when not given)" : "");
        return new Period(first, last);
    }

    /** Optional dates for a filter: either may be absent; both given, the first must not be after the second. */
    static Period optionalPeriod(String fromOption, String from, String toOption, String to) {
        LocalDate first = from == null ? null : date(fromOption, from);
        LocalDate last = to == null ? null : date(toOption, to);
        if (first != null && last != null) {
            requireInOrder(fromOption, first, toOption, last, "");
        }
        return new Period(first, last);
    }

    private static void requireInOrder(String fromOption, LocalDate from, String toOption, LocalDate to, String toNote) {
        if (from.isAfter(to)) {
            throw new InvalidArgumentException(fromOption + " " + from + " is after " + toOption + " " + to + toNote
                    + "; give a " + fromOption + " on or before the " + toOption);
        }
    }

    /** Audit actions by name, in any case, with '-' for '_' allowed; none given: every action. */
    static Set<AuditAction> actions(String option, Collection<String> values) {
        Set<AuditAction> actions = EnumSet.noneOf(AuditAction.class);
        if (values == null) {
            return actions;
        }
        for (String value : values) {
            String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            AuditAction action = Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(name)).findFirst()
                    .orElseThrow(() -> invalid(option, value, "not an audit action; use one or more of "
                            + Arrays.stream(AuditAction.values()).map(Enum::name).collect(Collectors.joining(", "))));
            actions.add(action);
        }
        return actions;
    }

    static int positive(String option, String value) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, as zero is
        }
        throw invalid(option, value, "not a positive whole number; use 1 or more, e.g. 500");
    }

    /** One of {@code allowed}, named in any case. */
    static ReportFormat format(String option, String value, ReportFormat... allowed) {
        List<ReportFormat> formats = List.of(allowed);
        return formats.stream().filter(f -> f.optionValue().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> invalid(option, value, "use " + names(formats)));
    }

    private static String names(List<ReportFormat> formats) {
        List<String> names = formats.stream().map(ReportFormat::optionValue).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static InvalidArgumentException invalid(String option, String value, String problem) {
        return new InvalidArgumentException(option + " '" + value + "': " + problem);
    }

    /**
     * Days, both included, on England's clock; either may be {@code null} (open) where the option is optional.
     */
    record Period(LocalDate from, LocalDate to) {

        /** The first instant of {@code from}, or {@code null}. */
        Instant start() {
            return from == null ? null : from.atStartOfDay(ServiceCalendar.ZONE).toInstant();
        }

        /** The first instant after {@code to}, so that the range {@code start <= at < end} holds all of it, or {@code null}. */
        Instant end() {
            return to == null ? null : to.plusDays(1).atStartOfDay(ServiceCalendar.ZONE).toInstant();
        }
    }
}
