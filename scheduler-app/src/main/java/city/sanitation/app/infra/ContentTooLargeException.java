package city.sanitation.app.infra;

/** Content over one of the app's size limits, named in the message with its value; answered with 413. */
public class ContentTooLargeException extends RuntimeException {

    public ContentTooLargeException(String message) {
        super(message);
    }
}
