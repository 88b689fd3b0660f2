package city.sanitation.district;

import city.sanitation.dataset.PlanningHorizon;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.BreakRule;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.Depot;
import city.sanitation.fleet.SaltDepot;
import city.sanitation.fleet.Shift;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import city.sanitation.road.RoadClass;
import city.sanitation.weather.AlertKind;
import city.sanitation.weather.AlertLevel;
import city.sanitation.weather.DistrictWeather;
import city.sanitation.weather.Forecast;
import city.sanitation.weather.HourlyWeather;
import city.sanitation.weather.Precipitation;
import city.sanitation.weather.WeatherAlert;
import city.sanitation.weather.WeatherRules;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A forecast for the sample district as Datong's seasons make it (a dry continental climate at 1,000 m): winter nights
 * of −10 to −15 °C with a snowfall in the planning night, dusty windy spring afternoons, hot dry summer days with a
 * heat alert, mild autumns. The same day and seed always give the same forecast.
 */
public final class SeasonalWeather {

    /** Datong's usual daily lows and highs by month, January first, in °C. */
    private static final double[][] LOW_HIGH_BY_MONTH = {
        {-16, -4}, {-12, 0}, {-5, 8}, {2, 17}, {9, 24}, {14, 28},
        {17, 29}, {15, 27}, {8, 22}, {1, 15}, {-7, 5}, {-13, -2}
    };

    /** A sweeper's dust hopper in the winter kit, m3. */
    static final double WINTER_HOPPER_M3 = 6.0;

    /** A washing truck's salt spreader in the winter kit, kg: about 2.5 m3 of rock salt. */
    static final double WINTER_SALT_KG = 3000.0;

    /** How long a spreader takes to reload at a salt depot (a loader fills it). */
    static final Duration SALT_RELOAD_TIME = Duration.ofMinutes(15);

    /** The winter night's snowfall: from midnight into the planning day, this many hours, 1 cm an hour. */
    static final int SNOW_HOURS = 5;

    /** Snow crews gather and fit their blades before the snow begins. */
    static final Duration CALL_OUT_LEAD = Duration.ofMinutes(30);

    /** Main roads are clear this long after the snow stops (雪停路净: the default snow rules' main-road hours). */
    static final Duration MAIN_ROADS_CLEAR = Duration.ofHours(4);

    /** A call-out shift may run this much over, as every shift of the sample may. */
    static final Duration CALL_OUT_OVERTIME = Duration.ofHours(1);

    /**
     * A dedicated snow truck's (除雪撒布车) speed while ploughing or spreading, km/h: a blade and a spreader on a
     * lorry, faster than a wash-sweeper at work (an assumption; such trucks plough at 10–30 km/h).
     */
    static final double SNOW_TRUCK_SPEED_KMH = 15.0;

    /**
     * The share of a call-out that goes to ploughing and spreading on main roads; the rest is driving between them,
     * to and from the yard and to the salt depots (an assumption: medium's 24 trucks in kit, called out, ploughed and
     * spread about half their time on main roads and some secondary roads, and left 5 % of the main roads undone).
     */
    static final double MAIN_ROAD_WORK_SHARE = 0.5;

    private SeasonalWeather() {}

    /**
     * The dataset with the season's forecast over its whole horizon, default weather rules, and a dust hopper on every
     * type that can sweep, so that dry sweeping fills it and empties it at the transfer stations. In winter the washing
     * trucks (types that wash or sprinkle) carry a plough blade and a salt spreader, as Chinese cities fit them, and
     * the district keeps salt at one yard, or two when it has four or more. As a department does when it snows, every
     * truck in winter kit is called out for the snowfall night whatever its usual shift: from just before the snow
     * begins until the main roads must be clear ({@link #callOut}); a fleet on its usual rota has about half the
     * truck-hours the medium district's main roads need by their deadline.
     */
    public static SanitationDataset apply(SanitationDataset dataset, long seed) {
        boolean winter = Season.of(dataset.horizon().planningDay().getMonthValue()) == Season.WINTER;
        List<VehicleType> types = dataset.vehicleTypes().stream()
                .map(type -> type.can(Capability.SWEEPING) && type.hopperCapacityM3() == 0
                        ? type.toBuilder().hopperCapacityM3(WINTER_HOPPER_M3).build()
                        : type)
                .map(type -> winter && (type.can(Capability.WASHING) || type.can(Capability.SPRINKLING))
                        ? type.withWinterKit(WINTER_SALT_KG)
                        : type)
                .toList();
        SanitationDataset kitted = dataset.toBuilder().vehicleTypes(types).build();
        if (winter) {
            kitted = callOut(withSnowTrucks(kitted));
        }
        return kitted.toBuilder()
                .saltDepots(winter ? saltDepots(dataset.depots()) : List.of())
                .weather(new DistrictWeather(forecast(dataset.horizon(), seed), WeatherRules.DEFAULTS))
                .build();
    }

    /**
     * The snow crews' call-out: every vehicle that can plough works from {@link #CALL_OUT_LEAD} before the snow begins
     * until {@link #MAIN_ROADS_CLEAR} after it stops (23:30 to 09:00 for the 00:00–05:00 snowfall), with the night
     * shift's half-hour break; its day's other work waits for its next due day or another crew.
     */
    static SanitationDataset callOut(SanitationDataset dataset) {
        LocalDateTime snowStart = dataset.horizon().planningDay().atStartOfDay();
        LocalDateTime start = snowStart.minus(CALL_OUT_LEAD);
        LocalDateTime end = snowStart.plusHours(SNOW_HOURS).plus(MAIN_ROADS_CLEAR);
        Shift callOut = new Shift(start, end, end.plus(CALL_OUT_OVERTIME));
        List<BreakRule> breaks =
                List.of(new BreakRule(snowStart.plusHours(1), snowStart.plusHours(4), CrewShifts.BREAK));
        List<String> ploughs = dataset.vehicleTypes().stream()
                .filter(type -> type.can(Capability.PLOUGHING))
                .map(VehicleType::id)
                .toList();
        List<Vehicle> vehicles = dataset.vehicles().stream()
                .map(vehicle -> ploughs.contains(vehicle.typeId())
                        ? new Vehicle(
                                vehicle.id(),
                                vehicle.name(),
                                vehicle.typeId(),
                                vehicle.depotId(),
                                callOut,
                                breaks,
                                vehicle.skills(),
                                vehicle.homeTerritories(),
                                vehicle.homeTerritoriesStrict())
                        : vehicle)
                .toList();
        return dataset.toBuilder().vehicles(vehicles).build();
    }

    /**
     * Dedicated snow trucks when the trucks in winter kit could not clear the main roads in the call-out: as many as
     * make up the shortfall in lane-km (every main road's ploughing lanes and its de-icing), each truck working
     * {@link #MAIN_ROAD_WORK_SHARE} of its call-out. The small sample needs none; medium gets a few.
     */
    static SanitationDataset withSnowTrucks(SanitationDataset dataset) {
        double hours = SNOW_HOURS
                + MAIN_ROADS_CLEAR.toHours()
                + CALL_OUT_LEAD.toMinutes() / 60.0
                - CrewShifts.BREAK.toMinutes() / 60.0;
        double mainKm = dataset.roadNetwork().segments().stream()
                .filter(segment -> segment.roadClass() == RoadClass.MAIN)
                .mapToDouble(segment -> (segment.lanesPerDirection() + 1) * segment.lengthMetres() / 1000.0)
                .sum();
        Map<String, VehicleType> types = new HashMap<>();
        dataset.vehicleTypes().forEach(type -> types.put(type.id(), type));
        double kitKm = dataset.vehicles().stream()
                .map(vehicle -> types.get(vehicle.typeId()))
                .filter(type -> type != null && type.can(Capability.PLOUGHING))
                .mapToDouble(type -> type.washingSpeedKmh() * hours * MAIN_ROAD_WORK_SHARE)
                .sum();
        double perTruckKm = SNOW_TRUCK_SPEED_KMH * hours * MAIN_ROAD_WORK_SHARE;
        int trucks = (int) Math.ceil(Math.max(0, mainKm - kitKm) / perTruckKm);
        if (trucks == 0) {
            return dataset;
        }
        VehicleType template = dataset.vehicleTypes().stream()
                .filter(type -> type.can(Capability.PLOUGHING))
                .findFirst()
                .orElseThrow();
        VehicleType snowTruck = VehicleType.builder()
                .id("snow-truck")
                .name("除雪撒布车")
                .capabilities(Set.of(Capability.PLOUGHING, Capability.DE_ICING))
                .washingSpeedKmh(SNOW_TRUCK_SPEED_KMH)
                .drivingSpeedKmh(template.drivingSpeedKmh())
                .costPerKm(template.costPerKm())
                .costPerHour(template.costPerHour())
                .saltCapacityKg(WINTER_SALT_KG)
                .build();
        List<VehicleType> withTruck = new ArrayList<>(dataset.vehicleTypes());
        withTruck.add(snowTruck);
        List<Vehicle> vehicles = new ArrayList<>(dataset.vehicles());
        List<Depot> depots = dataset.depots();
        for (int i = 1; i <= trucks; i++) {
            // Any shift: the call-out gives every vehicle that can plough its own.
            Vehicle first = dataset.vehicles().get(0);
            vehicles.add(new Vehicle(
                    "snow-truck-%02d".formatted(i),
                    "除雪撒布车%02d".formatted(i),
                    snowTruck.id(),
                    depots.get((i - 1) % depots.size()).id(),
                    first.shift(),
                    first.breaks(),
                    Set.of()));
        }
        return dataset.toBuilder().vehicleTypes(withTruck).vehicles(vehicles).build();
    }

    /** Salt is stored at the vehicle yards, where the loaders are: the first one, or the first two of four or more. */
    static List<SaltDepot> saltDepots(List<Depot> depots) {
        int count = Math.min(2, Math.max(1, depots.size() / 2));
        List<SaltDepot> stores = new ArrayList<>();
        for (int i = 0; i < Math.min(count, depots.size()); i++) {
            Depot yard = depots.get(i);
            stores.add(
                    new SaltDepot("salt-" + (i + 1), "融雪剂储备点（" + yard.name() + "）", yard.location(), SALT_RELOAD_TIME));
        }
        return stores;
    }

    /** Hour by hour from the horizon's start to its end. */
    public static Forecast forecast(PlanningHorizon horizon, long seed) {
        Random jitter = new Random(seed * 31 + horizon.planningDay().toEpochDay());
        int month = horizon.planningDay().getMonthValue();
        double low = LOW_HIGH_BY_MONTH[month - 1][0] + jitter.nextDouble() * 2 - 1;
        double high = LOW_HIGH_BY_MONTH[month - 1][1] + jitter.nextDouble() * 2 - 1;
        Season season = Season.of(month);
        if (season == Season.SUMMER) {
            // The day planned is a heat wave's: what makes the plan sprinkle more.
            high += 7;
            low += 3;
        }
        LocalDateTime day = horizon.planningDay().atStartOfDay();
        List<HourlyWeather> hours = new ArrayList<>();
        for (LocalDateTime hour = horizon.start().truncatedTo(ChronoUnit.HOURS);
                hour.isBefore(horizon.end());
                hour = hour.plusHours(1)) {
            double temperature = round1(temperature(hour.getHour(), low, high) + jitter.nextDouble() * 0.6 - 0.3);
            double wind = round1(wind(season, hour.getHour()) + jitter.nextDouble() * 4);
            hours.add(new HourlyWeather(
                    hour, temperature, wind, precipitation(season, hour, day), alert(season, hour, temperature)));
        }
        return new Forecast(
                "sample generator: Datong seasonal climate", horizon.start().minusHours(1), hours);
    }

    private enum Season {
        WINTER,
        SPRING,
        SUMMER,
        AUTUMN;

        static Season of(int month) {
            return switch (month) {
                case 12, 1, 2 -> WINTER;
                case 3, 4, 5 -> SPRING;
                case 6, 7, 8 -> SUMMER;
                default -> AUTUMN;
            };
        }
    }

    /** Coldest at 03:00, warmest at 15:00. */
    private static double temperature(int hourOfDay, double low, double high) {
        double middle = (low + high) / 2;
        double amplitude = (high - low) / 2;
        return middle + amplitude * Math.cos(2 * Math.PI * (hourOfDay - 15) / 24.0);
    }

    private static double wind(Season season, int hourOfDay) {
        double base = season == Season.SPRING ? 22 : 9;
        return hourOfDay >= 11 && hourOfDay <= 18 ? base + 8 : base;
    }

    /** Winter: snow in the small hours of the planning day, 1 cm an hour from 00:00 to 05:00. */
    private static Precipitation precipitation(Season season, LocalDateTime hour, LocalDateTime day) {
        if (season == Season.WINTER && !hour.isBefore(day) && hour.isBefore(day.plusHours(SNOW_HOURS))) {
            return Precipitation.snowCm(1.0);
        }
        return null;
    }

    private static WeatherAlert alert(Season season, LocalDateTime hour, double temperature) {
        if (season == Season.SUMMER && temperature >= 35) {
            return new WeatherAlert(AlertKind.HEAT, AlertLevel.YELLOW);
        }
        if ((season == Season.SPRING || season == Season.SUMMER) && hour.getHour() >= 11 && hour.getHour() <= 18) {
            return new WeatherAlert(AlertKind.DUST, season == Season.SPRING ? AlertLevel.YELLOW : AlertLevel.BLUE);
        }
        return null;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
