-- The scheduler's own tables. Datasets and plans are stored as JSON documents: the solver's planning classes carry
-- no persistence annotations, and a stored document is exactly what was planned.

CREATE TABLE district (
    id           TEXT PRIMARY KEY,
    name         TEXT        NOT NULL,
    nightly_cron TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every change to a district's data (an import, a vehicle added, a shift moved) is a new version; none is deleted.
CREATE TABLE dataset_version (
    id          BIGSERIAL PRIMARY KEY,
    district_id TEXT        NOT NULL REFERENCES district (id),
    version     INT         NOT NULL,
    document    JSONB       NOT NULL,
    note        TEXT        NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (district_id, version)
);

-- The blind-spot ledger: reported -> planned -> in progress -> done -> closed, each step with its time and actor.
CREATE TABLE blind_spot (
    id           TEXT             NOT NULL,
    district_id  TEXT             NOT NULL REFERENCES district (id),
    lon          DOUBLE PRECISION NOT NULL,
    lat          DOUBLE PRECISION NOT NULL,
    category     TEXT             NOT NULL,
    volume_m3    DOUBLE PRECISION NOT NULL,
    priority     TEXT             NOT NULL,
    source       TEXT             NOT NULL,
    photo_ref    TEXT,
    description  TEXT             NOT NULL DEFAULT '',
    equipment    TEXT[]           NOT NULL DEFAULT '{}',
    reported_at  TIMESTAMP        NOT NULL,
    deadline     TIMESTAMP        NOT NULL,
    status       TEXT             NOT NULL,
    reported_by  TEXT             NOT NULL,
    planned_at   TIMESTAMPTZ,
    started_at   TIMESTAMPTZ,
    done_at      TIMESTAMPTZ,
    done_by      TEXT,
    closed_at    TIMESTAMPTZ,
    closed_by    TEXT,
    confirmed_by TEXT,
    PRIMARY KEY (district_id, id)
);
CREATE INDEX blind_spot_open ON blind_spot (district_id, status);

CREATE TABLE blind_spot_event (
    id          BIGSERIAL PRIMARY KEY,
    district_id TEXT        NOT NULL,
    report_id   TEXT        NOT NULL,
    status      TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    FOREIGN KEY (district_id, report_id) REFERENCES blind_spot (district_id, id)
);

-- A plan is a district's day; its versions are the solver's proposals, one of which is published to the crews.
CREATE TABLE plan (
    id          BIGSERIAL PRIMARY KEY,
    district_id TEXT        NOT NULL REFERENCES district (id),
    plan_date   DATE        NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE solver_run (
    id                 BIGSERIAL PRIMARY KEY,
    plan_id            BIGINT      NOT NULL REFERENCES plan (id),
    dataset_version_id BIGINT      NOT NULL REFERENCES dataset_version (id),
    trigger            TEXT        NOT NULL,
    started_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    ended_at           TIMESTAMPTZ,
    outcome            TEXT        NOT NULL,
    best_score         TEXT,
    failure_reason     TEXT,
    -- which instance solves it and when it last said so: a run whose instance fell silent is recovered
    instance_name      TEXT        NOT NULL,
    heartbeat_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- the best assignment so far, saved while solving so that a crash loses at most a few seconds of work
    best_assignment    JSONB
);
-- One solver job per plan, across every instance sharing the database.
CREATE UNIQUE INDEX solver_run_one_running_per_plan ON solver_run (plan_id) WHERE outcome = 'RUNNING';

CREATE TABLE plan_version (
    id            BIGSERIAL PRIMARY KEY,
    plan_id       BIGINT      NOT NULL REFERENCES plan (id),
    version       INT         NOT NULL,
    solver_run_id BIGINT REFERENCES solver_run (id),
    status        TEXT        NOT NULL,
    score         TEXT        NOT NULL,
    feasible      BOOLEAN     NOT NULL,
    assignment    JSONB       NOT NULL,
    report        JSONB       NOT NULL,
    geojson       JSONB       NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ,
    published_by  TEXT,
    UNIQUE (plan_id, version)
);

-- What crews report about the tasks of a published plan version.
CREATE TABLE task_progress (
    plan_version_id BIGINT      NOT NULL REFERENCES plan_version (id),
    task_id         TEXT        NOT NULL,
    vehicle_id      TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    actor           TEXT        NOT NULL,
    at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_version_id, task_id, status)
);
