package city.sanitation.app.district;

import city.sanitation.app.infra.BadRequestException.FieldProblem;
import city.sanitation.fleet.BreakRule;
import city.sanitation.fleet.Shift;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What makes a crew's shift and breaks unworkable, named by field, before the whole dataset is checked. */
final class ShiftChecks {

    /** A district's shifts repeat every day (see {@link DatasetForDay}), so a longer one overlaps the next day's. */
    static final Duration LONGEST_SHIFT = Duration.ofHours(24);

    private ShiftChecks() {}

    static List<FieldProblem> check(Shift shift, List<BreakRule> breaks) {
        List<FieldProblem> problems = new ArrayList<>();
        if (shift == null) {
            problems.add(new FieldProblem("shift", "is required"));
            return problems;
        }
        if (shift.start() == null || shift.end() == null || shift.hardEnd() == null) {
            String missing = shift.start() == null ? "start" : shift.end() == null ? "end" : "hardEnd";
            problems.add(new FieldProblem("shift." + missing, "is required"));
            return problems;
        }
        if (!shift.end().isAfter(shift.start())) {
            problems.add(new FieldProblem(
                    "shift.end", "(" + shift.end() + ") must be after the shift start (" + shift.start() + ")"));
        }
        if (shift.hardEnd().isBefore(shift.end())) {
            problems.add(new FieldProblem(
                    "shift.hardEnd",
                    "(" + shift.hardEnd() + ") must not be before the shift end (" + shift.end() + ")"));
        }
        if (Duration.between(shift.start(), shift.hardEnd()).compareTo(LONGEST_SHIFT) >= 0) {
            problems.add(new FieldProblem(
                    "shift.hardEnd",
                    "(" + shift.hardEnd() + ") is 24 hours or more after the start (" + shift.start()
                            + "): the shift repeats every day and would overlap the crew's next shift"));
        }
        if (shift.latestStart() != null) {
            if (shift.latestStart().isBefore(shift.start())) {
                problems.add(new FieldProblem(
                        "shift.latestStart",
                        "(" + shift.latestStart() + ") must not be before the shift start (" + shift.start() + ")"));
            } else if (Duration.between(shift.start(), shift.hardEnd())
                            .plus(Duration.between(shift.start(), shift.latestStart()))
                            .compareTo(LONGEST_SHIFT)
                    >= 0) {
                problems.add(new FieldProblem(
                        "shift.latestStart",
                        "(" + shift.latestStart() + ") would move the hard end 24 hours or more after the start ("
                                + shift.start()
                                + "): a shift that begins later ends later, and would overlap the crew's next shift"));
            }
        }
        for (int i = 0; i < breaks.size(); i++) {
            BreakRule rule = breaks.get(i);
            String field = "breaks[" + i + "]";
            if (rule == null || rule.earliestStart() == null || rule.latestEnd() == null || rule.duration() == null) {
                problems.add(new FieldProblem(field, "needs earliestStart, latestEnd and duration"));
                continue;
            }
            if (!rule.latestEnd().isAfter(rule.earliestStart())) {
                problems.add(new FieldProblem(
                        field + ".latestEnd",
                        "(" + rule.latestEnd() + ") must be after the earliest start (" + rule.earliestStart() + ")"));
            }
            if (rule.duration().isNegative() || rule.duration().isZero()) {
                problems.add(new FieldProblem(field + ".duration", "(" + rule.duration() + ") must be positive"));
            }
            if (rule.earliestStart().isBefore(shift.start()) || rule.latestEnd().isAfter(shift.hardEnd())) {
                problems.add(new FieldProblem(field, "must lie within the shift, from its start to its hard end"));
            }
            for (int j = 0; j < i; j++) {
                BreakRule other = breaks.get(j);
                if (other != null
                        && other.earliestStart() != null
                        && other.latestEnd() != null
                        && rule.earliestStart().isBefore(other.latestEnd())
                        && other.earliestStart().isBefore(rule.latestEnd())) {
                    problems.add(new FieldProblem(
                            field, "overlaps break " + j + "; the windows of breaks must not overlap"));
                }
            }
        }
        return problems;
    }
}
