-- Every solve is a row and a one-shot job of the clustered Quartz store: the row is queued (no instance yet) until a
-- node with a free solver slot takes it. Any node reads its progress from the row and asks it to stop through it.
ALTER TABLE solver_run ALTER COLUMN instance_name DROP NOT NULL;
ALTER TABLE solver_run
    -- when a node took the queued run (its instance_name): runs taken before an instance started are its previous life's
    ADD COLUMN taken_at           TIMESTAMPTZ,
    -- the assignment the run starts from (a version with the dispatcher's pins), fixed when the solve was asked for
    ADD COLUMN base_assignment    JSONB,
    -- a run that continues another one's checkpoint after its node died: which run, and the checkpoint's score
    ADD COLUMN resumed_from_run   BIGINT REFERENCES solver_run (id),
    ADD COLUMN resumed_from_score TEXT,
    -- the score of the plan the solver started from (the restored checkpoint or version, completed greedily)
    ADD COLUMN start_score        TEXT,
    -- the newest best score, updated a few times a second while solving (best_score is the checkpoint's)
    ADD COLUMN live_score         TEXT,
    -- a dispatcher on any node asked the run to stop; the node solving it stops it and stores its best plan
    ADD COLUMN stop_requested_at  TIMESTAMPTZ,
    ADD COLUMN stop_requested_by  TEXT;
UPDATE solver_run SET taken_at = started_at;

-- Real-time changes (a breakdown, a task a crew started) for a run, whichever node solves it; applied once.
CREATE TABLE solver_run_change (
    id         BIGSERIAL PRIMARY KEY,
    run_id     BIGINT      NOT NULL REFERENCES solver_run (id),
    change     JSONB       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_at TIMESTAMPTZ
);
CREATE INDEX solver_run_change_pending ON solver_run_change (run_id) WHERE applied_at IS NULL;
