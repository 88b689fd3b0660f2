package city.sanitation.planning.build;

import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.VehicleType;
import city.sanitation.planning.domain.PassWeather;
import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.weather.HourlyWeather;
import city.sanitation.weather.WeatherAlert;
import city.sanitation.weather.WeatherRules;
import city.sanitation.weather.WetWorkBan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the forecast makes of the day's street passes, decided once when the problem is built: a wet pass keeps out of
 * the hours when water may not go on the street; a street with no such hour left is swept dry by a vehicle that can
 * sweep, or waits for its next due day when none can; a sweeping pass in frost is swept dry; an alert day adds
 * sprinkling passes. The search then plans them like any other pass.
 */
final class WeatherPasses {

    /** A wet window shorter than this is not worth a pass: a truck needs time to get there and wash. */
    static final long MIN_WET_WINDOW_SECONDS = 30 * 60;

    /** An hour of the forecast in which water may not go on the street, on the planning clock. */
    private record BannedHour(TimeInterval interval, WetWorkBan ban) {}

    /** A pass as the weather leaves it: what it needs, when it may be done, what it collects, and why. */
    record Shaped(Capability capability, List<TimeInterval> windows, double volumeM3, PassWeather weather) {}

    /** An alert hour that calls for sprinkling, on the planning clock. */
    private record AlertHour(TimeInterval interval, WeatherAlert alert, HourlyWeather weather) {}

    private final WeatherRules rules;
    private final PlanningClock clock;
    private final List<BannedHour> bannedHours = new ArrayList<>();
    private final List<TimeInterval> bans;
    private final List<AlertHour> alertHours = new ArrayList<>();
    private final boolean anySweeper;
    private final LocalDate nextDueDay;

    WeatherPasses(SanitationDataset dataset, PlanningClock clock) {
        this.rules = dataset.weather().rules();
        this.clock = clock;
        for (HourlyWeather hour : dataset.weather().forecast().hours()) {
            long start = Math.max(0, clock.toClock(hour.hour()));
            long end = Math.min(clock.end(), clock.toClock(hour.hour().plusHours(1)));
            if (end <= start) {
                continue;
            }
            TimeInterval interval = new TimeInterval(start, end);
            WetWorkBan ban = rules.banOf(hour);
            if (ban != null) {
                bannedHours.add(new BannedHour(interval, ban));
            }
            if (rules.callsForSprinkling(hour.alert())) {
                alertHours.add(new AlertHour(interval, hour.alert(), hour));
            }
        }
        this.bans = WindowCalendar.merge(
                bannedHours.stream().map(BannedHour::interval).toList());
        Set<String> sweepingTypes = dataset.vehicleTypes().stream()
                .filter(type -> type.can(Capability.SWEEPING))
                .map(VehicleType::id)
                .collect(Collectors.toSet());
        this.anySweeper = dataset.vehicles().stream().anyMatch(vehicle -> sweepingTypes.contains(vehicle.typeId()));
        this.nextDueDay = dataset.horizon().planningDay().plusDays(1);
    }

    private static boolean usesWater(Capability capability) {
        return capability == Capability.WASHING
                || capability == Capability.SPRINKLING
                || capability == Capability.SWEEPING;
    }

    /** The pass of a street needing {@code capability} in {@code windows} (empty: any time), as the weather leaves it. */
    Shaped shape(Capability capability, List<TimeInterval> windows, double lengthMetres) {
        List<TimeInterval> allowed = windows.isEmpty() ? List.of(new TimeInterval(0, clock.end())) : windows;
        List<BannedHour> inside = bannedHours.stream()
                .filter(hour -> overlapsAny(hour.interval(), allowed))
                .toList();
        if (!usesWater(capability) || inside.isEmpty()) {
            return new Shaped(capability, windows, 0, null);
        }
        BannedHour worst = worst(inside);
        double dust = lengthMetres / 1000.0 * rules.sweptDustM3PerKm();
        if (capability == Capability.SWEEPING) {
            return new Shaped(
                    capability, windows, dust, weather(PassWeather.Mode.DRY, "WEATHER_SWEPT_DRY", worst, "swept dry"));
        }
        List<TimeInterval> wet = allowed;
        for (TimeInterval ban : bans) {
            wet = WindowCalendar.subtract(wet, ban);
        }
        wet = wet.stream()
                .filter(window -> window.end() - window.start() >= MIN_WET_WINDOW_SECONDS)
                .toList();
        if (!wet.isEmpty()) {
            return new Shaped(
                    capability,
                    wet,
                    0,
                    weather(PassWeather.Mode.WET, "WEATHER_WET_HOURS_LIMITED", worst, "washed outside those hours"));
        }
        if (anySweeper) {
            return new Shaped(
                    Capability.SWEEPING,
                    windows,
                    dust,
                    weather(PassWeather.Mode.DRY, "WEATHER_SWEPT_INSTEAD", worst, "swept instead"));
        }
        return new Shaped(
                capability,
                windows,
                0,
                weather(PassWeather.Mode.DEFERRED, "WEATHER_DEFERRED", worst, "deferred to " + nextDueDay));
    }

    /** When an alert calls for extra sprinkling, within {@code windows}; empty when none does. */
    List<TimeInterval> alertSprinklingWindows(List<TimeInterval> windows) {
        List<TimeInterval> alert = WindowCalendar.merge(
                alertHours.stream().map(AlertHour::interval).toList());
        List<TimeInterval> result = new ArrayList<>();
        for (TimeInterval window : windows) {
            for (TimeInterval hours : alert) {
                long start = Math.max(window.start(), hours.start());
                long end = Math.min(window.end(), hours.end());
                if (end - start >= MIN_WET_WINDOW_SECONDS) {
                    result.add(new TimeInterval(start, end));
                }
            }
        }
        for (TimeInterval ban : bans) {
            result = WindowCalendar.subtract(result, ban);
        }
        return result;
    }

    WeatherRules rules() {
        return rules;
    }

    /** Why an extra sprinkling pass is planned: the strongest alert of the day, at its first hour. */
    PassWeather alertSprinkling() {
        AlertHour strongest = alertHours.stream()
                .max(Comparator.comparing((AlertHour hour) -> hour.alert().level())
                        .thenComparing(hour -> -hour.interval().start()))
                .orElseThrow();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("alert", strongest.alert().kind().name());
        params.put("level", strongest.alert().level().name());
        params.put("time", strongest.weather().hour().toLocalTime().toString());
        params.put("date", strongest.weather().hour().toLocalDate().toString());
        String text = "extra sprinkling: %s alert (%s) at %s"
                .formatted(
                        strongest
                                .alert()
                                .kind()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' '),
                        strongest.alert().level().name().toLowerCase(java.util.Locale.ROOT),
                        params.get("time"));
        return new PassWeather(PassWeather.Mode.WET, bans, "ALERT_SPRINKLING", params, text);
    }

    private PassWeather weather(PassWeather.Mode mode, String code, BannedHour worst, String outcome) {
        HourlyWeather hour = worst.ban().weather();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("cause", worst.ban().cause().name());
        params.put("time", hour.hour().toLocalTime().toString());
        params.put("date", hour.hour().toLocalDate().toString());
        params.put("temperatureC", number(hour.temperatureC()));
        params.put("minimumC", number(rules.washingMinTemperatureC()));
        String why = switch (worst.ban().cause()) {
            case TOO_COLD ->
                "too cold to wash at %s (%s °C, washing needs ≥ %s °C)"
                        .formatted(
                                params.get("time"), minus(params.get("temperatureC")), minus(params.get("minimumC")));
            case RAIN -> {
                params.put("rainMm", number(hour.precipitation().amount()));
                params.put("rainLimitMm", number(rules.rainStopsWashingMm()));
                yield "rain at %s (%s mm, washing stops at %s mm)"
                        .formatted(params.get("time"), params.get("rainMm"), params.get("rainLimitMm"));
            }
            case SNOW -> {
                params.put("snowCm", number(hour.precipitation().amount()));
                yield "snow at %s (%s cm)".formatted(params.get("time"), params.get("snowCm"));
            }
        };
        if (mode == PassWeather.Mode.DEFERRED) {
            params.put("deferredTo", nextDueDay.toString());
        }
        List<TimeInterval> wetBans = mode == PassWeather.Mode.DRY ? List.of() : bans;
        // One code per outcome and cause, so that the pages word each in full from their catalogue.
        return new PassWeather(mode, wetBans, code + "_" + worst.ban().cause().name(), params, why + "; " + outcome);
    }

    /** The hour that says most about why: the coldest frost, else the heaviest rain, else the heaviest snow. */
    private static BannedHour worst(List<BannedHour> hours) {
        return hours.stream()
                .min(Comparator.comparing((BannedHour hour) -> hour.ban().cause())
                        .thenComparingDouble(hour -> hour.ban().cause() == WetWorkBan.Cause.TOO_COLD
                                ? hour.ban().weather().temperatureC()
                                : -hour.ban().weather().precipitation().amount()))
                .orElseThrow();
    }

    private static boolean overlapsAny(TimeInterval interval, List<TimeInterval> windows) {
        for (TimeInterval window : windows) {
            if (interval.start() < window.end() && interval.end() > window.start()) {
                return true;
            }
        }
        return false;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** A negative number as people write it, with a minus sign rather than a hyphen. */
    private static String minus(String number) {
        return number.startsWith("-") ? "\u2212" + number.substring(1) : number;
    }
}
