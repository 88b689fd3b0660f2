package city.sanitation.app.district;

/** A district the department plans, with the cron expression of its nightly re-planning. */
public record District(String id, String name, String nightlyCron) {}
