package city.sanitation.app.planning;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which days may be planned (prefix {@code sanitation.plans}), counted from the district's today: a plan for a day
 * long past or years ahead is a typing mistake, never a plan crews could work from.
 *
 * @param earliestDate how far back from the district's today a plan's date may lie
 * @param latestDate how far ahead of the district's today a plan's date may lie
 */
@ConfigurationProperties("sanitation.plans")
public record PlanDates(
        @DefaultValue("P7D") Period earliestDate,
        @DefaultValue("P60D") Period latestDate) {}
