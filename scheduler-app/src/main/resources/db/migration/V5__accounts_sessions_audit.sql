-- Who may do what: accounts with one role each. Dispatchers, managers and program accounts (reporters) work on the
-- districts listed for them in account_district; a crew account is bound to one vehicle (or crew) of one district.
CREATE TABLE account (
    id                   BIGSERIAL PRIMARY KEY,
    username             TEXT        NOT NULL UNIQUE,
    display_name         TEXT        NOT NULL,
    -- NULL for accounts that never sign in with a password (programs with tokens, single sign-on users).
    password_hash        TEXT,
    role                 TEXT        NOT NULL CHECK (role IN ('ADMIN', 'DISPATCHER', 'MANAGER', 'CREW', 'REPORTER')),
    crew_district_id     TEXT REFERENCES district (id),
    crew_vehicle_id      TEXT,
    must_change_password BOOLEAN     NOT NULL DEFAULT false,
    enabled              BOOLEAN     NOT NULL DEFAULT true,
    failed_sign_ins      INT         NOT NULL DEFAULT 0,
    locked_until         TIMESTAMPTZ,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((role = 'CREW') = (crew_district_id IS NOT NULL AND crew_vehicle_id IS NOT NULL))
);

CREATE TABLE account_district (
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    district_id TEXT   NOT NULL REFERENCES district (id),
    PRIMARY KEY (account_id, district_id)
);

-- Bearer tokens for other programs (a reporting hotline, a grid app). Only a SHA-256 hash of the token is kept: the
-- token itself is shown once, when an admin creates it.
CREATE TABLE api_token (
    id           BIGSERIAL PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name         TEXT        NOT NULL,
    token_hash   TEXT        NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);

-- Every write and every sign-in, allowed or refused: who, when, what, from where.
CREATE TABLE audit_entry (
    id             BIGSERIAL PRIMARY KEY,
    at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    account        TEXT        NOT NULL,
    method         TEXT        NOT NULL,
    path           TEXT        NOT NULL,
    status         INT         NOT NULL,
    district_id    TEXT,
    remote_address TEXT        NOT NULL
);
CREATE INDEX audit_entry_at ON audit_entry (at DESC);
CREATE INDEX audit_entry_district ON audit_entry (district_id, at DESC);

-- Browser sessions, shared by every instance of the app (Spring Session JDBC's tables for PostgreSQL).
CREATE TABLE spring_session (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT   NOT NULL,
    last_access_time      BIGINT   NOT NULL,
    max_inactive_interval INT      NOT NULL,
    expiry_time           BIGINT   NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
