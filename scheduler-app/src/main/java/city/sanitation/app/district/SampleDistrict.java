package city.sanitation.app.district;

import city.sanitation.app.nightly.NightlySchedule;
import city.sanitation.app.planning.LiveSolving;
import city.sanitation.app.planning.Plan;
import city.sanitation.app.planning.Plans;
import city.sanitation.app.planning.SolveRequest;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.district.DistrictSize;
import city.sanitation.district.SampleDistrictGenerator;
import city.sanitation.fleet.Vehicle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Zero setup: at the first start, with no district stored, the sample district is made for today in its own time zone
 * (the generated Pingcheng district, medium by default: old town, ring roads, 18 subdistricts) and today's plan starts
 * solving. Its reports come in over yesterday and today with their deadlines ahead, and its streets are due by their
 * frequency, so nothing is overdue that the day itself does not make late. A dataset file given instead is loaded as
 * it is.
 */
@Component
class SampleDistrict {

    private static final Logger LOG = LoggerFactory.getLogger(SampleDistrict.class);

    private final DistrictRepository districts;
    private final DistrictData data;
    private final DatasetDocuments documents;
    private final Plans plans;
    private final LiveSolving solving;
    private final NightlySchedule nightly;
    private final DistrictClock clock;
    private final ApplicationEventPublisher events;
    private final boolean enabled;
    private final String districtId;
    private final String datasetFile;
    private final DistrictSize size;
    private final boolean solveAtStart;

    SampleDistrict(
            DistrictRepository districts,
            DistrictData data,
            DatasetDocuments documents,
            Plans plans,
            LiveSolving solving,
            NightlySchedule nightly,
            DistrictClock clock,
            ApplicationEventPublisher events,
            @Value("${sanitation.sample.enabled:true}") boolean enabled,
            @Value("${sanitation.sample.district-id:pingcheng}") String districtId,
            @Value("${sanitation.sample.dataset:}") String datasetFile,
            @Value("${sanitation.sample.size:medium}") String size,
            @Value("${sanitation.sample.solve-at-start:true}") boolean solveAtStart) {
        this.districts = districts;
        this.data = data;
        this.documents = documents;
        this.plans = plans;
        this.solving = solving;
        this.nightly = nightly;
        this.clock = clock;
        this.events = events;
        this.enabled = enabled;
        this.districtId = districtId;
        this.datasetFile = datasetFile;
        this.size = DistrictSize.parse(size);
        this.solveAtStart = solveAtStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void loadAtFirstStart() throws Exception {
        if (!enabled || !districts.findAll().isEmpty()) {
            return;
        }
        SanitationDataset dataset;
        Optional<Path> file = datasetFile.isBlank()
                ? Optional.empty()
                : Optional.of(Path.of(datasetFile)).filter(Files::isRegularFile);
        if (file.isPresent()) {
            LOG.info("Loading the sample district from {}", file.get().toAbsolutePath());
            dataset = documents
                    .read(Files.readString(file.get()), file.get().toString())
                    .dataset();
        } else {
            if (!datasetFile.isBlank()) {
                LOG.warn("The sample dataset ({}) was not found: generating the sample district instead", datasetFile);
            }
            LocalDate today = clock.today(SampleDistrictGenerator.TIME_ZONE);
            LOG.info("Generating the {} sample district for {}", size.name().toLowerCase(Locale.ROOT), today);
            dataset = SampleDistrictGenerator.generate(size, SampleDistrictGenerator.DEFAULT_SEED, today);
        }
        data.store(districtId, dataset, "sample district", "sample");
        nightly.schedule(districts.get(districtId));
        events.publishEvent(new SampleDistrictMade(
                districtId, dataset.vehicles().stream().map(Vehicle::id).toList()));
        if (solveAtStart) {
            Plan plan = plans.create(districtId, clock.today(districtId), "sample");
            solving.start(plan.id(), "DISPATCHER", SolveRequest.fresh("sample"));
            LOG.info("Solving today's plan {} of the sample district {}", plan.id(), districtId);
        }
    }
}
