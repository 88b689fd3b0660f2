package city.sanitation.dataset;

import city.sanitation.dataset.json.Located;
import city.sanitation.dataset.json.ParsedDataset;
import city.sanitation.fleet.BreakRule;
import city.sanitation.fleet.Shift;
import city.sanitation.fleet.Vehicle;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.DailyWindow;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.WashingWindowRule;
import java.util.List;

/**
 * Every span of time ends after it starts. A toilet whose {@code opensAt} equals its {@code closesAt} is open all day,
 * and a daily window whose end is before its start wraps past midnight; both are fine.
 */
final class TimeWindowChecks {

    private static final String CROSSES_MIDNIGHT_HINT =
            "\nMaybe it crosses midnight and its end needs the next day's date.";

    private final ProblemCollector problems;

    private TimeWindowChecks(ProblemCollector problems) {
        this.problems = problems;
    }

    static void check(ParsedDataset parsed, ProblemCollector problems) {
        TimeWindowChecks checks = new TimeWindowChecks(problems);
        if (parsed.horizon() != null) {
            checks.horizon(parsed.horizon());
        }
        parsed.vehicles().forEach(checks::vehicle);
        parsed.vehicles().forEach(vehicle -> checks.latestStart(vehicle, parsed.horizon()));
        parsed.blindSpots().forEach(checks::blindSpot);
        parsed.toilets().forEach(checks::toilet);
        parsed.washingWindowRules().forEach(checks::windowRule);
    }

    private void horizon(Located<PlanningHorizon> located) {
        PlanningHorizon horizon = located.value();
        if (!horizon.end().isAfter(horizon.start())) {
            problems.add(
                    located.at("/horizonEnd"),
                    "The planning horizon end (" + horizon.end() + ") must be after its start (" + horizon.start()
                            + ")." + CROSSES_MIDNIGHT_HINT);
        }
    }

    private void vehicle(Located<Vehicle> located) {
        Vehicle vehicle = located.value();
        Shift shift = vehicle.shift();
        if (!shift.end().isAfter(shift.start())) {
            problems.add(
                    located.at("/shift/end"),
                    "The shift end (" + shift.end() + ") of vehicle (" + vehicle.id() + ") must be after its start ("
                            + shift.start() + ")." + CROSSES_MIDNIGHT_HINT);
        }
        if (shift.hardEnd().isBefore(shift.end())) {
            problems.add(
                    located.at("/shift/hardEnd"),
                    "The hard end (" + shift.hardEnd() + ") of the shift of vehicle (" + vehicle.id()
                            + ") must not be before its end (" + shift.end() + ").");
        }
        List<BreakRule> breaks = vehicle.breaks();
        for (int i = 0; i < breaks.size(); i++) {
            BreakRule rule = breaks.get(i);
            if (rule.latestEnd().isBefore(rule.earliestStart().plus(rule.duration()))) {
                problems.add(
                        located.at("/breaks/" + i + "/latestEnd"),
                        "The latest end (" + rule.latestEnd() + ") of break (" + i + ") of vehicle (" + vehicle.id()
                                + ") must be at least its duration ("
                                + rule.duration().toMinutes()
                                + " minutes) after its earliest start (" + rule.earliestStart() + ").");
            }
        }
    }

    private void latestStart(Located<Vehicle> located, Located<PlanningHorizon> horizon) {
        Vehicle vehicle = located.value();
        Shift shift = vehicle.shift();
        if (shift.latestStart() == null) {
            return;
        }
        if (shift.latestStart().isBefore(shift.start())) {
            problems.add(
                    located.at("/shift/latestStart"),
                    "The latest start (" + shift.latestStart() + ") of the shift of vehicle (" + vehicle.id()
                            + ") must not be before its start (" + shift.start() + ")."
                            + "\nMaybe the two are swapped, or the latest start needs the next day's date.");
        } else if (horizon != null
                && shift.latestStart().isAfter(horizon.value().end())) {
            problems.add(
                    located.at("/shift/latestStart"),
                    "The latest start (" + shift.latestStart() + ") of the shift of vehicle (" + vehicle.id()
                            + ") is after the planning horizon end ("
                            + horizon.value().end() + ")."
                            + "\nMaybe the horizon needs to be longer, or the latest start earlier.");
        }
    }

    private void blindSpot(Located<BlindSpotReport> located) {
        BlindSpotReport report = located.value();
        if (report.deadline().isBefore(report.reportedAt())) {
            problems.add(
                    located.at("/properties/deadline"),
                    "The deadline (" + report.deadline() + ") of blind spot (" + report.id()
                            + ") must not be before it was reported (" + report.reportedAt() + ").");
        }
    }

    private void toilet(Located<FlagshipToilet> located) {
        FlagshipToilet toilet = located.value();
        if (toilet.minGap().compareTo(toilet.maxGap()) > 0) {
            problems.add(
                    located.at("/properties/minGapMinutes"),
                    "The minimum gap (" + toilet.minGap().toMinutes() + " minutes) between rounds of toilet ("
                            + toilet.id() + ") must not exceed its maximum gap ("
                            + toilet.maxGap().toMinutes()
                            + " minutes).");
        }
    }

    private void windowRule(Located<WashingWindowRule> located) {
        WashingWindowRule rule = located.value();
        emptyWindows(located, "/allowed/", rule.allowed(), rule);
        emptyWindows(located, "/forbidden/", rule.forbidden(), rule);
    }

    private void emptyWindows(
            Located<WashingWindowRule> located, String list, List<DailyWindow> windows, WashingWindowRule rule) {
        for (int i = 0; i < windows.size(); i++) {
            DailyWindow window = windows.get(i);
            if (window.start().equals(window.end())) {
                problems.add(
                        located.at(list + i + "/end"),
                        "The daily window (" + window.start() + "-" + window.end() + ") of the "
                                + rule.roadClass().jsonName() + " street rule is empty.\n"
                                + "Maybe its end should differ from its start.");
            }
        }
    }
}
