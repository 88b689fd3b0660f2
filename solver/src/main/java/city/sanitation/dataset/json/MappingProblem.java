package city.sanitation.dataset.json;

/**
 * A value in the dataset's JSON tree that cannot be turned into a domain value. It carries the JSON Pointer of the
 * offending value so that the reader can report exactly where the file is wrong.
 */
public final class MappingProblem extends RuntimeException {

    private final String pointer;
    private final String reason;

    public MappingProblem(String pointer, String reason) {
        super(pointer + ": " + reason, null, false, false);
        this.pointer = pointer;
        this.reason = reason;
    }

    public String pointer() {
        return pointer;
    }

    public String reason() {
        return reason;
    }
}
