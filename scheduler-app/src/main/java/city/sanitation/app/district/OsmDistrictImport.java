package city.sanitation.app.district;

import city.sanitation.app.infra.BadRequestException;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.district.DatasetFigures;
import city.sanitation.district.RealStreetsDistrict;
import city.sanitation.district.SampleDistrictGenerator;
import city.sanitation.road.osm.OsmImport;
import city.sanitation.road.osm.OsmImportException;
import city.sanitation.road.osm.OsmImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * A district's data built from an uploaded OpenStreetMap extract: the solver's importer reads the drivable streets
 * (one-way rules, junctions, the largest strongly connected part) and the real-streets generator places subdistricts,
 * facilities, work and a fleet sized to them. The streets are stored in the dataset itself; the upload is not kept.
 */
@Service
class OsmDistrictImport {

    private static final List<String> SUFFIXES = List.of(".osm", ".osm.gz", ".osm.pbf", ".pbf");

    private final DistrictData data;
    private final DatasetDocuments documents;
    private final DistrictClock clock;

    OsmDistrictImport(DistrictData data, DatasetDocuments documents, DistrictClock clock) {
        this.data = data;
        this.documents = documents;
        this.clock = clock;
    }

    DatasetVersion importExtract(
            String districtId, MultipartFile file, String name, Long seed, LocalDate day, String actor) {
        if (file == null || file.isEmpty()) {
            throw new BadRequestException("file", "is required: an OSM extract (.osm, .osm.gz or .osm.pbf)");
        }
        String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String suffix = SUFFIXES.stream()
                .filter(candidate -> fileName.toLowerCase(Locale.ROOT).endsWith(candidate))
                .reduce((shorter, longer) -> longer.length() > shorter.length() ? longer : shorter)
                .orElseThrow(() -> new BadRequestException(
                        "file",
                        "the file name (" + fileName + ") must end with .osm, .osm.gz or .osm.pbf, which says how to"
                                + " read it"));
        String datasetName = name != null && !name.isBlank()
                ? name
                : "osm-" + fileName.substring(0, fileName.length() - suffix.length());
        OsmImport imported = read(file, suffix);
        SanitationDataset dataset;
        try {
            dataset = RealStreetsDistrict.onNetwork(
                    datasetName,
                    imported.network(),
                    seed == null ? SampleDistrictGenerator.DEFAULT_SEED : seed,
                    day == null ? clock.today(SampleDistrictGenerator.TIME_ZONE) : day,
                    null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BadRequestException("file", "no district can be built on its streets: " + e.getMessage());
        }
        // Checked like any uploaded dataset before it is stored.
        documents.read(documents.write(dataset), "OSM import of " + fileName);
        return data.store(
                districtId,
                dataset,
                "OSM import of " + fileName + ": " + DatasetFigures.of(dataset).summary(),
                actor);
    }

    private static OsmImport read(MultipartFile file, String suffix) {
        Path copy = null;
        try {
            copy = Files.createTempFile("osm-upload-", suffix);
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return new OsmImporter().importFile(copy);
        } catch (OsmImportException e) {
            throw new BadRequestException(
                    "file", e.getMessage().replace(String.valueOf(copy), file.getOriginalFilename()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the uploaded OSM extract for reading.", e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary folder
                }
            }
        }
    }
}
