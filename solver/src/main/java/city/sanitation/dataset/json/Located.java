package city.sanitation.dataset.json;

/**
 * A value read from a dataset file with the JSON Pointer of the element it came from, so that later checks can name
 * the exact field they object to.
 */
public record Located<T>(T value, String pointer) {

    /** The pointer of a field inside this element, e.g. {@code at("/properties/volumeM3")}. */
    public String at(String relativePointer) {
        return pointer + relativePointer;
    }
}
