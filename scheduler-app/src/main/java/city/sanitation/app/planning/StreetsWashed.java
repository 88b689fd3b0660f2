package city.sanitation.app.planning;

import city.sanitation.dataset.SanitationDataset;
import city.sanitation.planning.build.StreetPasses;
import city.sanitation.task.WashingRequirement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When each street was last washed according to the crews: a requirement counts as done on a day when crews reported
 * every one of its passes of that day's plan done. This moves the streets' due dates on from the ones in the imported
 * data, so a street washed today is not due again tomorrow unless its frequency says so.
 */
@Component
class StreetsWashed {

    private final JdbcClient jdbc;

    StreetsWashed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per requirement id, the last day before {@code day} on which crews finished all its passes. */
    Map<String, LocalDate> lastWashedBefore(String districtId, LocalDate day, SanitationDataset dataset) {
        Map<LocalDate, Set<String>> doneByDay = new HashMap<>();
        jdbc.sql("SELECT DISTINCT p.plan_date, tp.task_id FROM task_progress tp"
                        + " JOIN plan_version v ON v.id = tp.plan_version_id JOIN plan p ON p.id = v.plan_id"
                        + " WHERE p.district_id = ? AND p.plan_date < ? AND tp.status = 'DONE'")
                .params(districtId, day)
                .query((row, i) -> Map.entry(row.getObject(1, LocalDate.class), row.getString(2)))
                .list()
                .forEach(entry -> doneByDay
                        .computeIfAbsent(entry.getKey(), date -> new HashSet<>())
                        .add(entry.getValue()));
        Map<String, LocalDate> lastWashed = new HashMap<>();
        if (doneByDay.isEmpty()) {
            return lastWashed;
        }
        for (WashingRequirement requirement : dataset.washingRequirements()) {
            List<String> passes = StreetPasses.taskIds(requirement, dataset.roadNetwork());
            doneByDay.forEach((date, done) -> {
                if (done.containsAll(passes)) {
                    lastWashed.merge(requirement.id(), date, (a, b) -> a.isAfter(b) ? a : b);
                }
            });
        }
        return lastWashed;
    }
}
