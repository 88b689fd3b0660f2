-- A district's newest forecast, apart from its data versions: it changes several times a day (a dispatcher's PUT, the
-- weather source the app polls) while the district's data does not. A day's plan uses it when it covers the day and
-- falls back to the forecast of the data version otherwise. Only the newest is kept; each replaces the one before.
CREATE TABLE district_forecast (
    district_id   TEXT        PRIMARY KEY REFERENCES district (id),
    -- The forecast as checked and written by the solver's reader ({source, issuedAt, hours}).
    document      JSONB       NOT NULL,
    source        TEXT        NOT NULL,
    issued_at     TIMESTAMP,
    first_hour    TIMESTAMP   NOT NULL,
    end_hour      TIMESTAMP   NOT NULL,
    -- Who or what delivered it: "api:<account>", "file:<path>" or "url:<address>".
    received_from TEXT        NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
