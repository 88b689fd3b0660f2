package city.sanitation.app.ledger;

import city.sanitation.app.infra.BadRequestException.FieldProblem;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of a new report that depend on configured limits and on the district's today and vehicles, but not on
 * its map: the plan build must be able to take every report the ledger accepts.
 */
final class ReportRules {

    /** Problems of single equipment entries reported at most: a list of a million wrong entries needs no million. */
    private static final int MAX_ENTRY_PROBLEMS = 10;

    private ReportRules() {}

    /**
     * @param reportedAt when it was reported, whole seconds: the request's time or now
     * @param now the district's local now
     * @param knownEquipment what the district's vehicles carry (their crews' skills)
     */
    static List<FieldProblem> check(
            NewBlindSpot report,
            LocalDateTime reportedAt,
            LocalDateTime now,
            LedgerLimits limits,
            Set<String> knownEquipment) {
        List<FieldProblem> problems = new ArrayList<>();
        volume(report.volumeM3(), limits, problems);
        equipment(report.equipment(), limits, knownEquipment, problems);
        length("description", report.description(), limits.maxDescriptionLength(), problems);
        length("photoRef", report.photoRef(), limits.maxPhotoRefLength(), problems);
        length("reportedBy", report.reportedBy(), limits.maxReportedByLength(), problems);
        times(reportedAt, report.reportedAt() != null, report.deadline(), now, limits, problems);
        return problems;
    }

    private static void volume(Double volumeM3, LedgerLimits limits, List<FieldProblem> problems) {
        if (volumeM3 != null && volumeM3 > 0 && !(volumeM3 <= limits.maxVolumeM3())) {
            problems.add(new FieldProblem(
                    "volumeM3",
                    String.format(
                            Locale.ROOT,
                            "The volume (%s m³) must be at most %s m³.\nMaybe file a bigger pile as several reports.",
                            number(volumeM3),
                            number(limits.maxVolumeM3()))));
        }
    }

    private static void equipment(
            List<String> equipment, LedgerLimits limits, Set<String> known, List<FieldProblem> problems) {
        if (equipment == null) {
            return;
        }
        if (equipment.size() > limits.maxEquipment()) {
            problems.add(new FieldProblem(
                    "equipment",
                    "The report needs " + equipment.size() + " pieces of equipment, at most " + limits.maxEquipment()
                            + " are allowed."));
            return;
        }
        Set<String> seen = new HashSet<>();
        int reported = 0;
        for (int i = 0; i < equipment.size() && reported < MAX_ENTRY_PROBLEMS; i++) {
            String entry = equipment.get(i);
            String field = "equipment[" + i + "]";
            String problem;
            if (entry == null || entry.isBlank()) {
                problem = "must name a piece of equipment, such as " + example(known);
            } else if (!known.contains(entry)) {
                problem = "The equipment (" + shorten(entry) + ") is not carried by any vehicle of the district.\n"
                        + (known.isEmpty()
                                ? "Maybe leave equipment out: no vehicle of the district carries any."
                                : "Maybe it is one of (" + String.join(", ", new TreeSet<>(known)) + ").");
            } else if (!seen.add(entry)) {
                problem = "The equipment (" + entry + ") is listed twice.";
            } else {
                continue;
            }
            problems.add(new FieldProblem(field, problem));
            reported++;
        }
    }

    private static void length(String field, String text, int max, List<FieldProblem> problems) {
        if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters long, not " + text.length()));
        }
    }

    private static void times(
            LocalDateTime reportedAt,
            boolean reportedAtGiven,
            LocalDateTime deadline,
            LocalDateTime now,
            LedgerLimits limits,
            List<FieldProblem> problems) {
        boolean reportedAtInRange = true;
        if (reportedAtGiven) {
            LocalDateTime latest = now.plus(limits.reportedAtAhead());
            LocalDateTime earliest = now.minus(limits.reportedAtBack());
            if (reportedAt.isAfter(latest)) {
                reportedAtInRange = false;
                problems.add(new FieldProblem(
                        "reportedAt",
                        "The report time (" + reportedAt + ") is in the future: the district's time is now " + now
                                + ".\nMaybe the date or the time zone is wrong; leave reportedAt out for now."));
            } else if (reportedAt.isBefore(earliest)) {
                reportedAtInRange = false;
                problems.add(new FieldProblem(
                        "reportedAt",
                        "The report time (" + reportedAt + ") is more than "
                                + limits.reportedAtBack().toDays() + " days ago (the district's time is now " + now
                                + ").\nMaybe the date is wrong."));
            }
        }
        if (deadline == null) {
            return;
        }
        if (!deadline.isAfter(reportedAt)) {
            problems.add(new FieldProblem("deadline", "must be after reportedAt (" + reportedAt + ")"));
        } else if (reportedAtInRange && deadline.isAfter(reportedAt.plus(limits.deadlineWithin()))) {
            problems.add(new FieldProblem(
                    "deadline",
                    "The deadline (" + deadline + ") is more than "
                            + limits.deadlineWithin().toDays() + " days after the report (" + reportedAt
                            + ").\nMaybe the date is wrong."));
        }
    }

    private static String example(Set<String> known) {
        return known.isEmpty() ? "loader" : new TreeSet<>(known).first();
    }

    /** A value quoted in a message: long ones cut, so that a message never repeats a huge request. */
    static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
