package city.sanitation.dataset;

import city.sanitation.dataset.json.Located;
import city.sanitation.dataset.json.ParsedDataset;
import city.sanitation.fleet.BreakRule;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.Hydrant;
import city.sanitation.fleet.SaltDepot;
import city.sanitation.fleet.TransferStation;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import city.sanitation.road.RoadClass;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.WashingRequirement;
import java.time.LocalDate;
import java.util.List;

/** Capacities, speeds, volumes and counts that must be positive (or at least not negative) to make sense. */
final class ValueChecks {

    /** More passes of one street in a night than any crew makes: a typo, not a plan. */
    static final int MAX_PASSES = 10;

    private final ProblemCollector problems;
    private final LocalDate planningDay;

    private ValueChecks(ProblemCollector problems, LocalDate planningDay) {
        this.problems = problems;
        this.planningDay = planningDay;
    }

    static void check(ParsedDataset parsed, ProblemCollector problems) {
        ValueChecks checks = new ValueChecks(
                problems,
                parsed.horizon() == null ? null : parsed.horizon().value().planningDay());
        parsed.vehicleTypes().forEach(checks::vehicleType);
        parsed.vehicles().forEach(checks::breaks);
        parsed.washingRequirements().forEach(checks::requirement);
        parsed.blindSpots().forEach(checks::blindSpot);
        parsed.toilets().forEach(checks::toilet);
        parsed.hydrants().forEach(checks::hydrant);
        parsed.transferStations().forEach(checks::transferStation);
        parsed.saltDepots().forEach(checks::saltDepot);
    }

    private void vehicleType(Located<VehicleType> located) {
        VehicleType type = located.value();
        String owner = "vehicle type (" + type.id() + ")";
        if (type.can(Capability.WASHING) || type.can(Capability.SPRINKLING)) {
            positive(
                    located.at("/tankCapacityM3"),
                    "The tank capacity",
                    type.tankCapacityM3(),
                    " m3",
                    owner,
                    " because the type can wash or sprinkle.\n"
                            + "Maybe set tankCapacityM3 or remove washing and sprinkling from its capabilities.");
        } else {
            notNegative(located.at("/tankCapacityM3"), "The tank capacity", type.tankCapacityM3(), " m3", owner);
        }
        if (type.can(Capability.GARBAGE_PICKUP)) {
            positive(
                    located.at("/bodyCapacityM3"),
                    "The body capacity",
                    type.bodyCapacityM3(),
                    " m3",
                    owner,
                    " because the type can pick up garbage.\n"
                            + "Maybe set bodyCapacityM3 or remove garbage_pickup from its capabilities.");
        } else {
            notNegative(located.at("/bodyCapacityM3"), "The body capacity", type.bodyCapacityM3(), " m3", owner);
        }
        notNegative(located.at("/hopperCapacityM3"), "The hopper capacity", type.hopperCapacityM3(), " m3", owner);
        if (type.hopperCapacityM3() > 0 && !type.can(Capability.SWEEPING)) {
            problems.add(
                    located.at("/hopperCapacityM3"),
                    "The hopper capacity (" + format(type.hopperCapacityM3()) + " m3) of " + owner
                            + " is for swept dust, but the type cannot sweep.\n"
                            + "Maybe add sweeping to its capabilities or leave hopperCapacityM3 out.");
        }
        if (type.can(Capability.DE_ICING)) {
            positive(
                    located.at("/saltCapacityKg"),
                    "The salt capacity",
                    type.saltCapacityKg(),
                    " kg",
                    owner,
                    " because the type can de-ice.\n"
                            + "Maybe set saltCapacityKg (a truck's spreader holds about 3,000 to 8,000 kg) or remove"
                            + " de_icing from its capabilities.");
        } else {
            notNegative(located.at("/saltCapacityKg"), "The salt capacity", type.saltCapacityKg(), " kg", owner);
        }
        if (type.can(Capability.WASHING)
                || type.can(Capability.SPRINKLING)
                || type.can(Capability.SWEEPING)
                || type.can(Capability.PLOUGHING)
                || type.can(Capability.DE_ICING)) {
            positive(
                    located.at("/washingSpeedKmh"),
                    "The washing speed",
                    type.washingSpeedKmh(),
                    " km/h",
                    owner,
                    " because the type works streets.");
        } else {
            notNegative(located.at("/washingSpeedKmh"), "The washing speed", type.washingSpeedKmh(), " km/h", owner);
        }
        for (RoadClass roadClass : RoadClass.values()) {
            Double speed = type.drivingSpeedKmh().get(roadClass);
            if (speed != null) {
                positive(
                        located.at("/drivingSpeedKmh/" + roadClass.jsonName()),
                        "The driving speed on " + roadClass.jsonName() + " streets",
                        speed,
                        " km/h",
                        owner,
                        ".");
            }
        }
        notNegative(
                located.at("/waterUseLitresPerMetre"), "The water use", type.waterUseLitresPerMetre(), " l/m", owner);
        notNegative(located.at("/costPerKm"), "The cost per km", type.costPerKm(), "", owner);
        notNegative(located.at("/costPerHour"), "The cost per hour", type.costPerHour(), "", owner);
    }

    private void breaks(Located<Vehicle> located) {
        List<BreakRule> breaks = located.value().breaks();
        for (int i = 0; i < breaks.size(); i++) {
            positive(
                    located.at("/breaks/" + i + "/durationMinutes"),
                    "The duration",
                    breaks.get(i).duration().toMinutes(),
                    " minutes",
                    "break (" + i + ") of vehicle (" + located.value().id() + ")",
                    ".");
        }
    }

    private void requirement(Located<WashingRequirement> located) {
        WashingRequirement requirement = located.value();
        String owner = "washing requirement (" + requirement.id() + ")";
        positive(located.at("/passes"), "The number of passes", requirement.passes(), "", owner, ".");
        if (requirement.passes() > MAX_PASSES) {
            problems.add(
                    located.at("/passes"),
                    "The number of passes (" + requirement.passes() + ") of " + owner + " must be at most " + MAX_PASSES
                            + ".\nMaybe it counts lanes: one pass washes one side of the street.");
        }
        if (planningDay != null
                && requirement.lastDone() != null
                && requirement.lastDone().isAfter(planningDay)) {
            problems.add(
                    located.at("/lastDone"),
                    "The last washing (" + requirement.lastDone() + ") of " + owner
                            + " must not be after the planning day (" + planningDay + ").");
        }
    }

    private void blindSpot(Located<BlindSpotReport> located) {
        BlindSpotReport report = located.value();
        positive(
                located.at("/properties/volumeM3"),
                "The volume",
                report.volumeM3(),
                " m3",
                "blind spot (" + report.id() + ")",
                ".\nMaybe estimate it; a small pile is about 0.5 m3.");
    }

    private void toilet(Located<FlagshipToilet> located) {
        FlagshipToilet toilet = located.value();
        String owner = "toilet (" + toilet.id() + ")";
        positive(located.at("/properties/roundsPerDay"), "The rounds per day", toilet.roundsPerDay(), "", owner, ".");
        positive(
                located.at("/properties/roundMinutes"),
                "The round duration",
                toilet.roundDuration().toMinutes(),
                " minutes",
                owner,
                ".");
        notNegative(
                located.at("/properties/minGapMinutes"),
                "The minimum gap",
                toilet.minGap().toMinutes(),
                " minutes",
                owner);
        notNegative(
                located.at("/properties/maxGapMinutes"),
                "The maximum gap",
                toilet.maxGap().toMinutes(),
                " minutes",
                owner);
        roundsFit(located, owner);
    }

    /** Rounds start at least the minimum gap apart (and one ends before the next starts) while the toilet is open. */
    private void roundsFit(Located<FlagshipToilet> located, String owner) {
        FlagshipToilet toilet = located.value();
        long round = toilet.roundDuration().toMinutes();
        // Each of those values has its own problem already.
        if (toilet.roundsPerDay() <= 0
                || round <= 0
                || toilet.minGap().isNegative()
                || toilet.minGap().compareTo(toilet.maxGap()) > 0) {
            return;
        }
        long openMinutes = Math.floorMod(
                java.time.Duration.between(toilet.opensAt(), toilet.closesAt()).toMinutes(), 24 * 60);
        if (openMinutes == 0) {
            openMinutes = 24 * 60;
        }
        long needed =
                (toilet.roundsPerDay() - 1L) * Math.max(round, toilet.minGap().toMinutes()) + round;
        if (needed > openMinutes) {
            problems.add(
                    located.at("/properties/roundsPerDay"),
                    "The rounds per day (" + toilet.roundsPerDay() + ") of " + owner + " need " + needed
                            + " minutes, " + round + " minutes each and at least "
                            + Math.max(round, toilet.minGap().toMinutes()) + " minutes apart, but it is open only "
                            + openMinutes + " minutes (" + toilet.opensAt() + "–" + toilet.closesAt() + ")."
                            + "\nMaybe lower the rounds or the minimum gap.");
        }
    }

    private void hydrant(Located<Hydrant> located) {
        notNegative(
                located.at("/properties/refillMinutes"),
                "The refill time",
                located.value().refillTime().toMinutes(),
                " minutes",
                "hydrant (" + located.value().id() + ")");
    }

    private void transferStation(Located<TransferStation> located) {
        notNegative(
                located.at("/properties/dumpMinutes"),
                "The dump time",
                located.value().dumpTime().toMinutes(),
                " minutes",
                "transfer station (" + located.value().id() + ")");
    }

    private void saltDepot(Located<SaltDepot> located) {
        notNegative(
                located.at("/properties/reloadMinutes"),
                "The reload time",
                located.value().reloadTime().toMinutes(),
                " minutes",
                "salt depot (" + located.value().id() + ")");
    }

    private void positive(String pointer, String what, double value, String unit, String owner, String why) {
        if (!(value > 0)) {
            problems.add(pointer, what + " (" + format(value) + unit + ") of " + owner + " must be positive" + why);
        }
    }

    private void notNegative(String pointer, String what, double value, String unit, String owner) {
        if (value < 0) {
            problems.add(pointer, what + " (" + format(value) + unit + ") of " + owner + " must not be negative.");
        }
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
