-- A dispatcher can take a report off the ledger without work: rejected (not garbage, not ours, a prank) or a
-- duplicate of another report. Either step, and a close, keeps the dispatcher's reason, on the report and its event.
ALTER TABLE blind_spot ADD COLUMN reason TEXT;
ALTER TABLE blind_spot ADD COLUMN duplicate_of TEXT;
ALTER TABLE blind_spot_event ADD COLUMN reason TEXT;
