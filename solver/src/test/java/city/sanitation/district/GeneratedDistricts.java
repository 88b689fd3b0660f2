package city.sanitation.district;

import city.sanitation.dataset.SanitationDataset;
import java.util.EnumMap;
import java.util.Map;

/** The generated districts of each size with the default seed and day, built once per test run. */
final class GeneratedDistricts {

    private static final Map<DistrictSize, SanitationDataset> CACHE = new EnumMap<>(DistrictSize.class);

    private GeneratedDistricts() {}

    static synchronized SanitationDataset of(DistrictSize size) {
        return CACHE.computeIfAbsent(
                size,
                key -> SampleDistrictGenerator.generate(
                        key, SampleDistrictGenerator.DEFAULT_SEED, SampleDistrictGenerator.DEFAULT_PLANNING_DAY));
    }
}
