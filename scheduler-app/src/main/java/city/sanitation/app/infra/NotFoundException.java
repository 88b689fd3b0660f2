package city.sanitation.app.infra;

/** Something named by id in a request does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("The " + what + " (" + id + ") does not exist.");
    }
}
