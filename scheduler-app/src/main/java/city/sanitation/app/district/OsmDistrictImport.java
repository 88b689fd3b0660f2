package city.sanitation.app.district;

import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.ContentTooLargeException;
import city.sanitation.app.infra.FailureReasons;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.district.DatasetFigures;
import city.sanitation.district.RealStreetsDistrict;
import city.sanitation.district.SampleDistrictGenerator;
import city.sanitation.road.osm.OsmImport;
import city.sanitation.road.osm.OsmImportException;
import city.sanitation.road.osm.OsmImporter;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
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
    private final DataSize decompressedLimit;

    OsmDistrictImport(
            DistrictData data,
            DatasetDocuments documents,
            DistrictClock clock,
            @Value("${sanitation.limits.osm-decompressed:512MB}") DataSize decompressedLimit) {
        this.data = data;
        this.documents = documents;
        this.clock = clock;
        this.decompressedLimit = decompressedLimit;
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
        if (name != null && (name.length() > 100 || name.chars().anyMatch(Character::isISOControl))) {
            throw new BadRequestException("name", "must be at most 100 characters, without control characters");
        }
        LocalDate today = clock.today(SampleDistrictGenerator.TIME_ZONE);
        if (day != null && (day.isBefore(today.minusYears(1)) || day.isAfter(today.plusYears(2)))) {
            throw new BadRequestException(
                    "day",
                    "(" + day + ") must be between " + today.minusYears(1) + " and " + today.plusYears(2)
                            + ", a year back and two years ahead");
        }
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
                    day == null ? today : day,
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

    private OsmImport read(MultipartFile file, String suffix) {
        Path copy = null;
        // A gzipped extract is unpacked here, counting, so that a small upload cannot unpack to gigabytes (a gzip
        // bomb): reading stops at the limit.
        boolean gzipped = suffix.endsWith(".gz");
        try {
            copy = Files.createTempFile("osm-upload-", gzipped ? ".osm" : suffix);
            try (InputStream in = gzipped ? unpacked(file.getInputStream()) : file.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return new OsmImporter().importFile(copy);
        } catch (OsmImportException e) {
            throw new BadRequestException(
                    "file",
                    FailureReasons.withoutPaths(
                            e.getMessage().replace(String.valueOf(copy), file.getOriginalFilename()), null));
        } catch (UnpackedTooLarge e) {
            throw new ContentTooLargeException("The OSM extract (" + file.getOriginalFilename()
                    + ") unpacks to more than the limit of " + decompressedLimit.toMegabytes()
                    + " MB (sanitation.limits.osm-decompressed). Maybe upload a smaller extract, or as .osm.pbf.");
        } catch (ZipException | EOFException e) {
            throw new BadRequestException(
                    "file", "(" + file.getOriginalFilename() + ") is not a complete gzip file: " + e.getMessage());
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

    private InputStream unpacked(InputStream packed) throws IOException {
        long limit = decompressedLimit.toBytes();
        return new FilterInputStream(new GZIPInputStream(packed, 64 * 1024)) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws UnpackedTooLarge {
                read += n;
                if (read > limit) {
                    throw new UnpackedTooLarge();
                }
            }
        };
    }

    /** The unpacked extract went past {@code sanitation.limits.osm-decompressed}. */
    private static final class UnpackedTooLarge extends IOException {}
}
