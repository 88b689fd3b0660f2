package city.sanitation.app.crew;

import city.sanitation.planning.build.SnowTaskId;
import city.sanitation.planning.report.PlanReport.RouteReport;
import city.sanitation.planning.report.PlanReport.StopReport;
import city.sanitation.planning.report.PlanReporter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A crew's route as the crew works it: passes along one street driven one after the other are one block ("wash 三圣寺胡同
 * from X to Y, both ways"), with one Start and one Done; every other stop is a block of its own. Only passes next to
 * each other in the route merge: a street the route comes back to later is a block again, as the crew drives it twice.
 */
final class RouteBlocks {

    private RouteBlocks() {}

    /**
     * One piece of work on the crew's page.
     *
     * @param id the first task's id; for a stop without a task (refill, dump, break, depot) its kind and sequence
     * @param kind STREET_PASS, BLIND_SPOT or TOILET_ROUND for tasks; REFILL, SALT_RELOAD, DUMP, BREAK, DEPOT_WAIT or
     *     DEPOT else
     * @param street the street washed, or for any other stop what the crew reads there (toilet, report, facility)
     * @param from the cross street where the washing begins; null when the road network does not say
     * @param to the cross street where the washing ends (its far end when the block comes back); null when unknown
     * @param bothWays the street is washed in both directions
     * @param lengthM metres washed, passes both ways counted; null when not a street or unknown
     * @param taskIds what one Start or Done reports; empty for a stop without a task
     * @param lat where the block begins (WGS84); null for a break
     * @param weatherCode why the forecast changed the street's passes (swept instead of washed, swept dry, washed
     *     outside frost or rain hours, an alert's extra sprinkling); null when it did not
     * @param weatherParams what the code's words name (cause, time, temperature, rain, snow, alert); null with no code
     * @param snowWork PLOUGH or DE_ICE for a street's snow work, which the pages word as ploughing or de-icing rather
     *     than washing; null for any other block
     */
    record Block(
            String id,
            String kind,
            String street,
            String from,
            String to,
            boolean bothWays,
            Long lengthM,
            List<String> taskIds,
            LocalDateTime start,
            LocalDateTime end,
            Double lat,
            Double lon,
            @JsonInclude(JsonInclude.Include.NON_NULL) String weatherCode,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> weatherParams,
            @JsonInclude(JsonInclude.Include.NON_NULL) SnowTaskId snowWork) {}

    /**
     * A street pass as driven, from the road network.
     *
     * @param fromNode the junction where the crew begins washing, in the direction it drives
     * @param fromName a cross street at {@code fromNode}; null when none has a name
     */
    record Pass(long fromNode, long toNode, double lengthMetres, String fromName, String toName) {}

    /** The blocks of a route whose streets are not known: no cross streets and no lengths. */
    static List<Block> of(RouteReport route) {
        return of(route, stop -> null);
    }

    /** @param passes the pass a street-pass stop drives; null when unknown */
    static List<Block> of(RouteReport route, Function<StopReport, Pass> passes) {
        List<Block> blocks = new ArrayList<>();
        List<StopReport> street = new ArrayList<>();
        for (StopReport stop : route.stops()) {
            if (isPass(stop)
                    && !street.isEmpty()
                    && Objects.equals(street.get(0).label(), stop.label())
                    // A street swept where it used to be washed is its own block, for the crew to read why.
                    && Objects.equals(street.get(0).weatherCode(), stop.weatherCode())
                    // A plough, a de-icing and a washing pass of one street are different work.
                    && snowWork(street.get(0)) == snowWork(stop)) {
                street.add(stop);
                continue;
            }
            if (!street.isEmpty()) {
                blocks.add(streetBlock(street, passes));
                street.clear();
            }
            if (isPass(stop)) {
                street.add(stop);
            } else {
                blocks.add(single(stop));
            }
        }
        if (!street.isEmpty()) {
            blocks.add(streetBlock(street, passes));
        }
        return blocks;
    }

    private static SnowTaskId snowWork(StopReport stop) {
        return SnowTaskId.of(stop.taskId()).orElse(null);
    }

    private static boolean isPass(StopReport stop) {
        return "TASK".equals(stop.kind()) && "STREET_PASS".equals(stop.taskKind()) && stop.taskId() != null;
    }

    private static Block single(StopReport stop) {
        boolean task = "TASK".equals(stop.kind()) && stop.taskId() != null;
        return new Block(
                task ? stop.taskId() : stop.kind() + "-" + stop.sequence(),
                task ? stop.taskKind() : stop.kind(),
                place(stop),
                null,
                null,
                false,
                null,
                task ? List.of(stop.taskId()) : List.of(),
                stop.start(),
                stop.end(),
                stop.lat(),
                stop.lon(),
                null,
                null,
                null);
    }

    /**
     * What the crew reads at a stop: for a refill or a dump the facility's name alone, as the solver's label is an
     * English sentence around it ("refill water at 帅府街取水点") and the page words the kind of stop itself.
     */
    private static String place(StopReport stop) {
        String label = stop.label();
        if (label == null
                || !("REFILL".equals(stop.kind())
                        || PlanReporter.SALT_RELOAD.equals(stop.kind())
                        || "DUMP".equals(stop.kind()))) {
            return label;
        }
        return FACILITY_SENTENCE.matcher(label).replaceFirst("");
    }

    private static final java.util.regex.Pattern FACILITY_SENTENCE =
            java.util.regex.Pattern.compile("^(refill water at |reload salt at |dump at )");

    private static Block streetBlock(List<StopReport> stops, Function<StopReport, Pass> passes) {
        StopReport first = stops.get(0);
        StopReport last = stops.get(stops.size() - 1);
        List<Pass> driven = stops.stream().map(passes).toList();
        boolean known = driven.stream().allMatch(Objects::nonNull);
        String from = null;
        String to = null;
        Long length = null;
        boolean bothWays;
        if (known) {
            length = Math.round(driven.stream().mapToDouble(Pass::lengthMetres).sum());
            Set<String> directed = new HashSet<>();
            driven.forEach(pass -> directed.add(pass.fromNode() + ">" + pass.toNode()));
            bothWays = driven.stream().anyMatch(pass -> directed.contains(pass.toNode() + ">" + pass.fromNode()));
            // How far along the street each junction lies from where the block begins: the farthest is where it ends,
            // also when the crew comes back along the other side.
            Map<Long, Double> along = new HashMap<>();
            along.put(driven.get(0).fromNode(), 0.0);
            from = driven.get(0).fromName();
            to = driven.get(driven.size() - 1).toName();
            double farthest = -1;
            for (Pass pass : driven) {
                double at = along.getOrDefault(pass.fromNode(), 0.0);
                double next = along.computeIfAbsent(pass.toNode(), node -> at + pass.lengthMetres());
                if (next > farthest) {
                    farthest = next;
                    to = pass.toName();
                }
            }
        } else {
            // Without the road network: a pass is driven along its segment unless reported "reverse", and the "-r"
            // pass of a street washed on both sides is the other direction's segment.
            Set<Boolean> senses = new HashSet<>();
            for (StopReport stop : stops) {
                senses.add("reverse".equals(stop.direction()) ^ stop.taskId().endsWith("-r"));
            }
            bothWays = senses.size() > 1;
        }
        return new Block(
                first.taskId(),
                "STREET_PASS",
                first.label(),
                from,
                to,
                bothWays,
                length,
                stops.stream().map(StopReport::taskId).toList(),
                first.start(),
                last.end(),
                first.lat(),
                first.lon(),
                first.weatherCode(),
                first.weatherParams(),
                snowWork(first));
    }
}
