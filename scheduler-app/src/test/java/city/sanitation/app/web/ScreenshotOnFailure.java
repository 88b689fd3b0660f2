package city.sanitation.app.web;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Saves the browser's screen when a test fails, named after the test, so that one can see what went wrong. */
final class ScreenshotOnFailure implements TestWatcher {

    private final Supplier<Browser> browser;

    ScreenshotOnFailure(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser current = browser.get();
        if (current != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + "-failed";
            System.err.println(
                    "Screenshot of the failed test: " + current.screenshot(name).toAbsolutePath());
        }
    }
}
