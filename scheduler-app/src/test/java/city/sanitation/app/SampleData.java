package city.sanitation.app;

import city.sanitation.dataset.DatasetWriter;
import city.sanitation.district.DistrictSize;
import city.sanitation.district.SampleDistrictGenerator;
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
