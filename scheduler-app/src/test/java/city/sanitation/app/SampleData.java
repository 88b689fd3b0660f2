package city.sanitation.app;

import city.sanitation.dataset.DatasetWriter;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.district.DistrictSize;
import city.sanitation.district.SampleDistrictGenerator;
import city.sanitation.district.SeasonalWeather;
import city.sanitation.fleet.Capability;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The small generated district, as the dataset document a dispatcher would upload. */
public final class SampleData {

    private SampleData() {}

    public static String smallDistrict(LocalDate day) {
        return new DatasetWriter()
                .writeToString(SampleDistrictGenerator.generate(
                        DistrictSize.SMALL, SampleDistrictGenerator.DEFAULT_SEED, day));
    }

    /**
     * The small district as {@code generate --weather} makes it for a December day: winter kit on the washing trucks
     * (plough blade, salt spreader) and salt depots at the yards, planned by the app on whatever day it is.
     */
    public static String smallWinterDistrict(LocalDate decemberDay) {
        return new DatasetWriter()
                .writeToString(SeasonalWeather.apply(
                        SampleDistrictGenerator.generate(
                                DistrictSize.SMALL, SampleDistrictGenerator.DEFAULT_SEED, decemberDay),
                        SampleDistrictGenerator.DEFAULT_SEED));
    }

    /**
     * The December small district whose spreaders carry just enough salt for its largest de-icing pass (an upper
     * bound of it: every lane the segment could have), so that a snowfall's de-icing makes them reload at the salt
     * depots.
     */
    public static String smallWinterDistrictWithSmallSpreaders(LocalDate decemberDay) {
        SanitationDataset winter = SeasonalWeather.apply(
                SampleDistrictGenerator.generate(DistrictSize.SMALL, SampleDistrictGenerator.DEFAULT_SEED, decemberDay),
                SampleDistrictGenerator.DEFAULT_SEED);
        double kgPerLaneKm = winter.weather().rules().snow().saltKgPerLaneKm();
        double largestPassKg = winter.roadNetwork().segments().stream()
                .mapToDouble(segment -> kgPerLaneKm
                        * Math.max(2, Math.max(segment.lanes(), Math.ceil(segment.widthMetres() / 3.0)))
                        * segment.lengthMetres()
                        / 1000.0)
                .max()
                .orElseThrow();
        double capacity = Math.ceil(largestPassKg) + 1;
        return new DatasetWriter()
                .writeToString(winter.toBuilder()
                        .vehicleTypes(winter.vehicleTypes().stream()
                                .map(type -> type.can(Capability.DE_ICING) ? type.withWinterKit(capacity) : type)
                                .toList())
                        .build());
    }

    /**
     * A forecast document over the small district's planning horizon on {@code day}, every hour at {@code temperatureC},
     * dry and calm, with the fields of some hours (by index) replaced as given.
     */
    public static String forecast(LocalDate day, String source, double temperatureC, Map<Integer, String> replaced) {
        var planning = SampleDistrictGenerator.generate(DistrictSize.SMALL, SampleDistrictGenerator.DEFAULT_SEED, day)
                .horizon();
        LocalDateTime start = planning.start().truncatedTo(ChronoUnit.HOURS);
        List<String> hours = new ArrayList<>();
        for (LocalDateTime hour = start; hour.isBefore(planning.end()); hour = hour.plusHours(1)) {
            String fields =
                    replaced.getOrDefault(hours.size(), "\"temperatureC\": " + temperatureC + ", \"windKmh\": 8");
            hours.add("{ \"hour\": \"" + hour + "\", " + fields + " }");
        }
        return "{ \"source\": \"" + source + "\", \"issuedAt\": \"" + start.minusHours(2) + "\", \"hours\": [ "
                + String.join(", ", hours) + " ] }";
    }
}
