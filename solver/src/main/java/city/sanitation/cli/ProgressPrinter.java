package city.sanitation.cli;

import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import city.sanitation.planning.domain.SanitationPlan;
import java.io.PrintWriter;

/** Prints the best score as it improves, at most once a second so that a long solve stays readable. */
final class ProgressPrinter {

    private final PrintWriter console;
    private long lastPrintedMillis = -1000;

    ProgressPrinter(PrintWriter console) {
        this.console = console;
    }

    void onBestSolution(BestSolutionChangedEvent<SanitationPlan> event) {
        long millis = event.getTimeMillisSpent();
        if (millis - lastPrintedMillis < 1000 && event.getNewBestScore().isSolutionInitialized()) {
            return;
        }
        lastPrintedMillis = millis;
        long unassigned = event.getNewBestSolution().getTasks().stream()
                .filter(task -> !task.isAssigned())
                .count();
        console.printf("  %6.1f s  best %s  (%d unassigned)%n", millis / 1000.0, event.getNewBestScore(), unassigned);
        console.flush();
    }
}
