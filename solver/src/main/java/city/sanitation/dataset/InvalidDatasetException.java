package city.sanitation.dataset;

import java.util.List;

/** A dataset file that cannot be used, with every problem found in it. Nothing half-read is ever returned instead. */
public final class InvalidDatasetException extends RuntimeException {

    private final String file;
    private final List<DatasetProblem> problems;

    public InvalidDatasetException(String file, List<DatasetProblem> problems) {
        super(message(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    private static String message(String file, List<DatasetProblem> problems) {
        StringBuilder message = new StringBuilder("The dataset (")
                .append(file)
                .append(") has ")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        for (DatasetProblem problem : problems) {
            message.append("\n  ").append(problem.describe());
        }
        return message.toString();
    }

    public String file() {
        return file;
    }

    public List<DatasetProblem> problems() {
        return problems;
    }
}
