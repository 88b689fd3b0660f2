package city.sanitation.app.district;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Time running faster than real time, so that a test or a measurement sees many nights in minutes: from the real
 * instant {@code sanitation.simulation.since} on, a day passes every {@code sanitation.simulation.day-length} of real
 * time. Every node of a cluster must be given the same two settings to agree on the time. Off (real time) unless the
 * day length is set.
 */
@Component
public class SimulatedTime {

    private static final Duration DAY = Duration.ofDays(1);

    /** Empty when off. */
    private final Optional<Duration> dayLength;

    private final Instant since;

    public SimulatedTime(
            @Value("${sanitation.simulation.day-length:}") String dayLength,
            @Value("${sanitation.simulation.since:}") String since) {
        this.dayLength = dayLength.isBlank() ? Optional.empty() : Optional.of(dayLength(dayLength));
        this.since = this.dayLength.isEmpty() ? Instant.EPOCH : since(since, dayLength);
    }

    public boolean on() {
        return dayLength.isPresent();
    }

    /** How long a simulated day lasts in real time; empty when the time is real. */
    public Optional<Duration> dayLength() {
        return dayLength;
    }

    /** The simulated instant at the real instant {@code real}; the same instant when off. */
    public Instant simulated(Instant real) {
        return dayLength
                .map(length -> scaled(real, DAY.toMillis(), length.toMillis()))
                .orElse(real);
    }

    /** The real instant at which the simulated time is {@code simulated}; the same instant when off. */
    public Instant real(Instant simulated) {
        return dayLength
                .map(length -> scaled(simulated, length.toMillis(), DAY.toMillis()))
                .orElse(simulated);
    }

    /** The clock the districts read: the system's, or one running a day per day length. */
    Clock clock() {
        return on() ? new FastClock(ZoneOffset.UTC) : Clock.systemUTC();
    }

    private Instant scaled(Instant instant, long numerator, long denominator) {
        long sinceMillis = since.toEpochMilli();
        // Doubles are exact to the millisecond for a span of years at any sensible speed.
        double elapsed = (double) (instant.toEpochMilli() - sinceMillis) * numerator / denominator;
        return Instant.ofEpochMilli(sinceMillis + Math.round(elapsed));
    }

    private static Duration dayLength(String text) {
        Duration length;
        try {
            length = Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "The simulated day length (" + text + ") of sanitation.simulation.day-length"
                            + " is not an ISO-8601 duration.\nMaybe PT8S for a day every 8 seconds, or leave it empty for real"
                            + " time.");
        }
        if (length.toMillis() <= 0 || length.compareTo(DAY) > 0) {
            throw new IllegalArgumentException("The simulated day length (" + text + ") of sanitation.simulation"
                    + ".day-length must be positive and at most a day.\nMaybe PT8S for a day every 8 seconds, or leave"
                    + " it empty for real time.");
        }
        return length;
    }

    private static Instant since(String text, String dayLength) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("The simulated day length (" + dayLength + ") is set, but not the real"
                    + " instant the simulation starts from (sanitation.simulation.since).\nMaybe give every node the"
                    + " same instant, e.g. " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ".");
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The simulation's start (" + text + ") of sanitation.simulation.since is"
                    + " not an ISO-8601 instant.\nMaybe 2026-12-06T10:00:00Z, the same on every node.");
        }
    }

    /** The simulated time as a {@link Clock}. */
    private final class FastClock extends Clock {

        private final ZoneId zone;

        FastClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new FastClock(other);
        }

        @Override
        public Instant instant() {
            return simulated(Instant.now());
        }
    }
}
