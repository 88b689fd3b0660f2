package city.sanitation.app.infra;

import java.io.IOException;

/**
 * A request body that went past its endpoint's limit while it was read. An {@link IOException}, so that it ends the
 * reading wherever the body is read (Jackson, a String converter); answered with 413 naming the limit.
 */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(String message) {
        super(message);
    }
}
