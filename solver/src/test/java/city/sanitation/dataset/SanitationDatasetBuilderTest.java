package city.sanitation.dataset;

import static city.sanitation.testsupport.RecordBuilders.assertCopyKeepsEveryComponent;
import static city.sanitation.testsupport.RecordBuilders.assertDifferInEveryComponent;
import static city.sanitation.testsupport.RecordBuilders.assertEachSetterChangesOnlyItsComponent;
import static city.sanitation.testsupport.RecordBuilders.assertFullyPopulated;
import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.district.DistrictSize;
import city.sanitation.district.SampleDistrictGenerator;
import city.sanitation.district.SeasonalWeather;
import city.sanitation.weather.DistrictWeather;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A dataset's builder copies every component, so that a changed copy loses nothing (the app's day once lost its salt depots). */
class SanitationDatasetBuilderTest {

    private static SanitationDataset december;

    @BeforeAll
    static void generate() {
        SanitationDataset generated = SeasonalWeather.apply(
                SampleDistrictGenerator.generate(DistrictSize.SMALL, 42, LocalDate.of(2026, 12, 4)), 42);
        december = generated.toBuilder()
                .osmSource(new OsmSource("pingcheng.osm.pbf", null))
                .constraintWeights(Map.of("Tank overflow", 2))
                .build();
    }

    @Test
    void a_copy_keeps_every_component() {
        assertFullyPopulated(december, DistrictWeather.NONE);

        assertCopyKeepsEveryComponent(december);
    }

    @Test
    void a_setter_changes_its_component_only() {
        SanitationDataset other =
                TestDatasets.district().toBuilder().formatVersion("0.9").build();
        assertDifferInEveryComponent(december, other);

        assertEachSetterChangesOnlyItsComponent(december, other);
    }

    @Test
    void a_new_dataset_is_of_the_current_format_and_holds_nothing() {
        SanitationDataset empty = SanitationDataset.builder().name("empty").build();

        assertThat(empty.formatVersion()).isEqualTo(SanitationDataset.CURRENT_FORMAT_VERSION);
        assertThat(empty.vehicles()).isEmpty();
        assertThat(empty.saltDepots()).isEmpty();
        assertThat(empty.constraintWeights()).isEmpty();
        assertThat(empty.weather()).isEqualTo(DistrictWeather.NONE);
    }
}
