package city.sanitation.app.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class UnexpectedErrorAdviceTest {

    private final UnexpectedErrorAdvice advice = new UnexpectedErrorAdvice();

    @Test
    void anUnexpectedErrorIsA500WithAReferenceAndNotItsMessage() throws Exception {
        var problem = advice.unexpected(new IllegalStateException(
                "Cannot invoke \"java.util.Collection.toArray()\" because \"coll\" is null in /tmp/dataset-1.json"));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail())
                .contains("reference " + problem.getProperties().get("reference"))
                .doesNotContain("java.", "Cannot invoke", "/tmp/");
    }

    @Test
    void refusalsOfSpringSecurityAreLeftToIt() {
        AccessDeniedException denied = new AccessDeniedException("Access Denied");

        assertThatThrownBy(() -> advice.unexpected(denied)).isSameAs(denied);
    }
}
