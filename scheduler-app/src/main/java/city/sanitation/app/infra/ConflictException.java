package city.sanitation.app.infra;

/** The request is valid but the thing is in the wrong state for it (e.g. closing an unfinished report): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
