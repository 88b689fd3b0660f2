package city.sanitation.dataset;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Checks a dataset's JSON text against {@code sanitation-dataset-1.0.schema.json} (JSON Schema 2020-12) and turns
 * every schema error into a {@link DatasetProblem} at the JSON Pointer of the offending value.
 */
final class SchemaValidation {

    static final String SCHEMA_RESOURCE = "/city/sanitation/dataset/schema/sanitation-dataset-1.0.schema.json";

    private static final Schema SCHEMA = loadSchema();

    private SchemaValidation() {}

    private static Schema loadSchema() {
        try (InputStream in = SchemaValidation.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The dataset schema (" + SCHEMA_RESOURCE
                        + ") is not on the classpath.\nMaybe the build did not copy datasets/schema.");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void validate(String jsonText, ProblemCollector problems) {
        List<Error> errors = SCHEMA.validate(jsonText, InputFormat.JSON);
        for (Error error : errors) {
            String pointer = pointer(error.getInstanceLocation());
            switch (error.getKeyword()) {
                case "required" ->
                    problems.add(
                            pointer + "/" + escape(error.getProperty()),
                            "The required field (" + error.getProperty() + ") is missing.");
                case "additionalProperties" ->
                    problems.add(
                            pointer + "/" + escape(error.getProperty()),
                            "The field (" + error.getProperty()
                                    + ") is not part of the format.\nMaybe it is misspelt.");
                case "type" ->
                    problems.add(
                            pointer,
                            "The value (" + error.getInstanceNode() + ") must be of type " + argument(error, 1)
                                    + ", not " + argument(error, 0) + ".");
                case "enum" ->
                    problems.add(
                            pointer,
                            "The value (" + error.getInstanceNode() + ") is not one of " + argument(error, 0) + ".");
                case "const" ->
                    problems.add(
                            pointer,
                            "The value (" + error.getInstanceNode() + ") must be " + error.getSchemaNode() + ".");
                default -> problems.add(pointer, "The value (" + abbreviated(error) + ") " + error.getMessage() + ".");
            }
        }
    }

    private static String argument(Error error, int index) {
        Object[] arguments = error.getArguments();
        return arguments != null && arguments.length > index ? String.valueOf(arguments[index]) : "?";
    }

    private static String abbreviated(Error error) {
        String value = String.valueOf(error.getInstanceNode());
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
