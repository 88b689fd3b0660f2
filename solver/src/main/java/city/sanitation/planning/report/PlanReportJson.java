package city.sanitation.planning.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes and reads a {@link PlanReport} as JSON (schema: datasets/schema/sanitation-plan-1.0.schema.json). */
public final class PlanReportJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public void write(PlanReport report, Path file) {
        try {
            mapper.writeValue(file.toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the plan to (" + file + ").", e);
        }
    }

    public String toJson(PlanReport report) {
        try {
            return mapper.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PlanReport read(Path file) {
        try {
            return mapper.readValue(file.toFile(), PlanReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the plan (" + file + "): " + e.getMessage(), e);
        }
    }
}
