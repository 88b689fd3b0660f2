package city.sanitation.app.ledger;

import java.time.OffsetDateTime;

/** One step of a report's lifecycle: to which status, by whom, when, and the dispatcher's reason if one was given. */
public record LedgerEvent(String status, String actor, OffsetDateTime at, String reason) {}
