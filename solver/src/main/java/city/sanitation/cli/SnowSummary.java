package city.sanitation.cli;

import city.sanitation.planning.report.SnowClearance;
import city.sanitation.planning.report.SnowClearance.ClassClearance;
import java.io.PrintWriter;
import java.time.Duration;

/** The plan's snow clearing in a few lines: by road class, how long after the snow stopped its streets are clear. */
record SnowSummary(SnowClearance clearance) {

    void print(PrintWriter out) {
        out.printf(
                "  Snow               stopped %s; %d salt reloads, %.0f kg of salt spread%n",
                clearance.snowEnd(), clearance.saltReloads(), clearance.saltKg());
        for (ClassClearance roadClass : clearance.byClass()) {
            out.printf(
                    "    %-10s       %d of %d passes done, %d by the deadline, %s%n",
                    roadClass.roadClass().jsonName(),
                    roadClass.done(),
                    roadClass.passes(),
                    roadClass.withinDeadline(),
                    roadClass.clearedAfter().map(SnowSummary::clearIn).orElse("not all clear"));
        }
    }

    private static String clearIn(Duration after) {
        return "clear %d h %02d min after the snow stopped".formatted(after.toHours(), after.toMinutesPart());
    }
}
