package city.sanitation.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.dataset.json.FeatureKind;
import city.sanitation.testsupport.RepositoryFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples in datasets/FORMAT.md stay valid against the schema, and every feature kind has one. */
class FormatDocumentationTest {

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void examplesAreValidAndCoverEveryFeatureKind() throws IOException {
        ObjectNode document = DatasetFiles.districtJson();
        ArrayNode features = document.putArray("features");
        ArrayNode vehicleTypes = (ArrayNode) document.at("/fleet/vehicleTypes");
        ArrayNode vehicles = (ArrayNode) document.at("/fleet/vehicles");
        ArrayNode requirements = (ArrayNode) document.at("/washing/requirements");
        ArrayNode windowRules = (ArrayNode) document.at("/washing/windowRules");
        Set<String> documentedKinds = new HashSet<>();
        for (String block : jsonBlocks()) {
            if (block.startsWith("{ \"type\": \"Feature\"")) {
                JsonNode feature = mapper.readTree(block);
                documentedKinds.add(feature.at("/properties/kind").asText());
                features.add(feature);
            } else if (block.startsWith("{ \"id\": \"washer\"")) {
                vehicleTypes.add(mapper.readTree(block));
            } else if (block.startsWith("{ \"id\": \"washer-1\"")) {
                vehicles.add(mapper.readTree(block));
            } else if (block.startsWith("{ \"id\": \"wash-12\"")) {
                requirements.add(mapper.readTree(block));
            } else if (block.startsWith("{ \"roadClass\"")) {
                windowRules.add(mapper.readTree(block));
            } else if (block.startsWith("\"planning\"")
                    || block.startsWith("\"roadNetworkSource\"")
                    || block.startsWith("\"weather\"")) {
                JsonNode member = mapper.readTree("{" + block + "}");
                member.fields().forEachRemaining(field -> document.set(field.getKey(), field.getValue()));
            }
        }
        ProblemCollector problems = new ProblemCollector("FORMAT.md");

        SchemaValidation.validate(document.toString(), problems);

        assertThat(problems.problems()).isEmpty();
        List<String> allKinds = new ArrayList<>();
        for (FeatureKind kind : FeatureKind.values()) {
            allKinds.add(kind.jsonName());
        }
        assertThat(documentedKinds)
                .containsAll(allKinds.stream()
                        .filter(kind -> !kind.equals("subdistrict"))
                        .toList());
        assertThat(document.has("roadNetworkSource")).isTrue();
        assertThat(document.has("weather")).isTrue();
    }

    private List<String> jsonBlocks() throws IOException {
        String text = Files.readString(RepositoryFiles.repositoryFile("datasets/FORMAT.md"));
        List<String> blocks = new ArrayList<>();
        Matcher matcher = JSON_BLOCK.matcher(text);
        while (matcher.find()) {
            blocks.add(matcher.group(1).strip());
        }
        return blocks;
    }
}
