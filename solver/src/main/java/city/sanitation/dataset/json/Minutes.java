package city.sanitation.dataset.json;

import java.time.Duration;

/** Durations are stored as whole minutes; a duration with seconds would not survive a round trip. */
final class Minutes {

    private Minutes() {}

    static long of(Duration duration, String what) {
        if (duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
            throw new IllegalArgumentException("The " + what + " (" + duration
                    + ") is not a whole number of minutes.\nMaybe round it before writing the dataset.");
        }
        return duration.toMinutes();
    }
}
