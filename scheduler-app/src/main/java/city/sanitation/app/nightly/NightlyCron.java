package city.sanitation.app.nightly;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rules a district's nightly cron meets: a Quartz cron expression that fires at least once more in the district's
 * time zone, and not more often than {@code sanitation.nightly.min-interval}. Each run solves for minutes, so a cron
 * firing every minute would only queue runs.
 */
@Component
class NightlyCron {

    private static final String EXAMPLE = "e.g. \"0 0 18 * * ?\" for 18:00 every day";

    /** Enough fire times to see the shortest gap of a pattern with several times a day or a week. */
    private static final int FIRE_TIMES_CHECKED = 24;

    /** What is wrong with a cron; the kind lets the UI say it in its own language. */
    enum Kind {
        INVALID,
        NEVER_FIRES,
        TOO_FREQUENT,
        NOT_REGISTERED
    }

    record Problem(Kind kind, String reason) {}

    private final Duration minInterval;

    NightlyCron(@Value("${sanitation.nightly.min-interval:1h}") Duration minInterval) {
        this.minInterval = minInterval;
    }

    /** Longer than any cron a person writes; the reasons quote the cron, so a longer one is not read at all. */
    static final int LONGEST = 120;

    /** Why the API refuses the cron, or empty when it may be stored. */
    Optional<Problem> rejection(String cron, ZoneId zone, Instant now) {
        if (cron != null && cron.length() > LONGEST) {
            return Optional.of(new Problem(
                    Kind.INVALID,
                    "is " + cron.length() + " characters long, more than " + LONGEST + ". Maybe " + EXAMPLE + "."));
        }
        return unregistrable(cron, zone, now).or(() -> tooFrequent(cron, zone, now));
    }

    /** Why Quartz cannot register the cron at all (it cannot read it, or it never fires), or empty. */
    static Optional<Problem> unregistrable(String cron, ZoneId zone, Instant now) {
        if (cron == null || cron.isBlank()) {
            return Optional.of(new Problem(Kind.INVALID, "is missing. Maybe " + EXAMPLE + "."));
        }
        CronExpression expression;
        try {
            expression = expression(cron, zone);
        } catch (ParseException e) {
            return Optional.of(new Problem(
                    Kind.INVALID,
                    "(" + cron + ") is not a Quartz cron expression: " + withoutFinalStop(e.getMessage()) + ". Maybe"
                            + " seconds minutes hours day-of-month month day-of-week, " + EXAMPLE + "."));
        }
        if (expression.getNextValidTimeAfter(Date.from(now)) == null) {
            return Optional.of(new Problem(
                    Kind.NEVER_FIRES,
                    "(" + cron + ") never fires: no time after now matches it in " + zone
                            + ". Maybe it names a day no month has (30 February) or a past year; " + EXAMPLE + "."));
        }
        return Optional.empty();
    }

    private Optional<Problem> tooFrequent(String cron, ZoneId zone, Instant now) {
        CronExpression expression;
        try {
            expression = expression(cron, zone);
        } catch (ParseException e) {
            throw new IllegalStateException("Checked as readable before", e);
        }
        Date previous = expression.getNextValidTimeAfter(Date.from(now));
        for (int i = 1; i < FIRE_TIMES_CHECKED && previous != null; i++) {
            Date next = expression.getNextValidTimeAfter(previous);
            if (next != null) {
                Duration gap = Duration.between(previous.toInstant(), next.toInstant());
                if (gap.compareTo(minInterval) < 0) {
                    return Optional.of(new Problem(
                            Kind.TOO_FREQUENT,
                            "(" + cron + ") fires " + text(gap) + " apart, more often than every " + text(minInterval)
                                    + " (sanitation.nightly.min-interval): each run re-plans the next day and"
                                    + " solves for minutes. Maybe once a day, e.g. \"0 0 18 * * ?\" for 18:00."));
                }
            }
            previous = next;
        }
        return Optional.empty();
    }

    private static CronExpression expression(String cron, ZoneId zone) throws ParseException {
        CronExpression expression = new CronExpression(cron);
        expression.setTimeZone(TimeZone.getTimeZone(zone));
        return expression;
    }

    private static String withoutFinalStop(String message) {
        return message != null && message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    private static String text(Duration duration) {
        if (duration.toSeconds() % 3600 == 0) {
            return duration.toHours() + " h";
        }
        if (duration.toSeconds() % 60 == 0) {
            return duration.toMinutes() + " min";
        }
        return duration.toSeconds() + " s";
    }
}
