package city.sanitation.dataset;

import city.sanitation.dataset.json.MappingProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Gathers the problems of one dataset file in the order they are found, each once. */
final class ProblemCollector {

    private final String file;
    private final Set<DatasetProblem> problems = new LinkedHashSet<>();

    ProblemCollector(String file) {
        this.file = file;
    }

    void add(String path, String reason) {
        problems.add(new DatasetProblem(file, path, reason));
    }

    /** Parameters in the order given, as key, value, key, value ...; a value may be null. */
    static Map<String, String> params(Object... keysAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put((String) keysAndValues[i], Objects.toString(keysAndValues[i + 1], ""));
        }
        return params;
    }

    /** A problem the pages can word themselves, from its code and parameters. */
    void add(String path, String reason, String code, Map<String, String> params) {
        problems.add(new DatasetProblem(file, path, reason, code, params));
    }

    /**
     * Reports an element that could not be read, unless a problem inside that element was already reported (by the
     * schema validation, which usually says the same thing in other words).
     */
    void addUnlessCovered(String elementPath, MappingProblem problem) {
        if (!hasProblemWithin(elementPath)) {
            add(problem.pointer(), problem.reason());
        }
    }

    boolean hasProblemWithin(String path) {
        for (DatasetProblem problem : problems) {
            if (problem.path().equals(path) || problem.path().startsWith(path + "/")) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    InvalidDatasetException exception() {
        return new InvalidDatasetException(file, new ArrayList<>(problems));
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw exception();
        }
    }

    List<DatasetProblem> problems() {
        return List.copyOf(problems);
    }
}
