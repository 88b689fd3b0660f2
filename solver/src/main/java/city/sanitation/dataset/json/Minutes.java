package city.sanitation.dataset.json;

import java.time.Duration;

/** Durations are stored as whole minutes; a duration with seconds would not survive a round trip. */
final class Minutes {

    private Minutes() {}

    /** The whole minutes of {@code duration}, e.g. {@code of(refill, "refill time", "hydrant (h1)")}. */
    static long of(Duration duration, String what, String owner) {
        if (duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
            throw new IllegalArgumentException("The " + what + " (" + duration + ") of " + owner
                    + " is not a whole number of minutes.\nMaybe round it before writing the dataset.");
        }
        return duration.toMinutes();
    }
}
