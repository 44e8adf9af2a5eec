-- Tamper-evident audit trail: every record holds the SHA-256 of its own content and of the record
-- before it. The database computes both, so no code path can forget it or write the chain out of
-- order. One chain for the whole table: an advisory lock, held to the end of the writing
-- transaction, makes concurrent writers take their place in it one at a time.
CREATE OR REPLACE FUNCTION audit_event_hash(e audit_events) RETURNS text AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    e.seq, e."prevHash", e.id, e."actorId", e."actorName", e.action, e."entityType", e."entityId",
    e."planId", e."workItemId", e."departmentId", e.before, e.after, e.ip,
    to_char(e."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
  )::text, 'UTF8')), 'hex')
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  -- Same key as lib/services/audit-chain.ts AUDIT_CHAIN_LOCK_KEY.
  PERFORM pg_advisory_xact_lock(71402024);
  SELECT seq, hash INTO last_seq, last_hash FROM audit_events WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW."prevHash" := coalesce(last_hash, '');
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Records written before this migration join the chain in the order they were written.
ALTER TABLE "audit_events" DISABLE TRIGGER audit_events_no_update;
--> statement-breakpoint
DO $$
DECLARE
  r record;
  n bigint := 0;
  prev text := '';
BEGIN
  FOR r IN SELECT id FROM audit_events ORDER BY id LOOP
    n := n + 1;
    UPDATE audit_events SET seq = n, "prevHash" = prev WHERE id = r.id;
    UPDATE audit_events a SET hash = audit_event_hash(a) WHERE a.id = r.id RETURNING a.hash INTO prev;
  END LOOP;
END;
$$;
--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE TRIGGER audit_events_no_update;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
