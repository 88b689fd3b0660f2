-- The forecasts plans were made with, each distinct document stored once under the SHA-256 of its text: the nightly
-- plan and every re-plan of a day are mostly made under the same forecast, so a version refers to the document
-- instead of copying it, and a what-if plan's forecast is stored the same way. The summary columns are what the
-- version lists and comparisons show without reading the document.
CREATE TABLE forecast_document (
    digest            TEXT             PRIMARY KEY,
    -- The forecast as the solver's reader checked and wrote it ({source, issuedAt, hours}), trimmed to the plan's day.
    document          JSONB            NOT NULL,
    source            TEXT             NOT NULL,
    issued_at         TIMESTAMP,
    first_hour        TIMESTAMP        NOT NULL,
    end_hour          TIMESTAMP        NOT NULL,
    min_temperature_c DOUBLE PRECISION NOT NULL,
    snow_total_cm     DOUBLE PRECISION NOT NULL,
    rain_total_mm     DOUBLE PRECISION NOT NULL,
    -- The alerts in force at some hour, as "kind:level" separated by spaces (e.g. "heat:yellow dust:blue"); '' for none.
    alerts            TEXT             NOT NULL,
    stored_at         TIMESTAMPTZ      NOT NULL DEFAULT now()
);

-- The forecast a version was planned with; null when its day was planned without one.
ALTER TABLE plan_version ADD COLUMN forecast_digest TEXT REFERENCES forecast_document (digest);

-- A what-if plan: the same district and day as its base plan, planned under another forecast for a manager to compare.
-- It is never published (the version's own flag and check hold that even against a writer bypassing the app) and the
-- nightly job never makes one.
ALTER TABLE plan
    ADD COLUMN what_if_of       BIGINT REFERENCES plan (id),
    ADD COLUMN what_if_forecast TEXT REFERENCES forecast_document (digest),
    ADD COLUMN what_if_scenario JSONB,
    ADD CONSTRAINT plan_what_if_has_its_forecast CHECK ((what_if_of IS NULL) = (what_if_forecast IS NULL)),
    ADD CONSTRAINT plan_what_if_never_nightly CHECK (what_if_of IS NULL OR NOT nightly);
ALTER TABLE plan_version
    ADD COLUMN what_if BOOLEAN NOT NULL DEFAULT false,
    ADD CONSTRAINT plan_version_what_if_never_published CHECK (NOT (what_if AND status = 'PUBLISHED'));

-- Snowfalls dispatchers reported, each of which amended the district's stored forecast: who saw what, when.
CREATE TABLE snowfall_report (
    id          BIGSERIAL        PRIMARY KEY,
    district_id TEXT             NOT NULL REFERENCES district (id),
    starts_at   TIMESTAMP        NOT NULL,
    ends_at     TIMESTAMP        NOT NULL,
    depth_cm    DOUBLE PRECISION NOT NULL,
    reported_by TEXT             NOT NULL,
    reported_at TIMESTAMPTZ      NOT NULL DEFAULT now()
);
CREATE INDEX snowfall_report_of_district ON snowfall_report (district_id, reported_at);
