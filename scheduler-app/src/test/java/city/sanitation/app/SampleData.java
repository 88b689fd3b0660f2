package city.sanitation.app;

import city.sanitation.dataset.DatasetWriter;
import city.sanitation.district.DistrictSize;
import city.sanitation.district.SampleDistrictGenerator;
import java.time.LocalDate;

/** The small generated district, as the dataset document a dispatcher would upload. */
public final class SampleData {

    private SampleData() {}

    public static String smallDistrict(LocalDate day) {
        return new DatasetWriter()
                .writeToString(SampleDistrictGenerator.generate(
                        DistrictSize.SMALL, SampleDistrictGenerator.DEFAULT_SEED, day));
    }
}
