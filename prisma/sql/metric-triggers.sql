-- Applied after the migrations by scripts/lib/migrations.mjs (every run, idempotent): the schema engine
-- splits scripts at every semicolon and cannot carry function bodies, and Prisma's diff does not manage
-- triggers. Where `prisma migrate deploy` is used instead, run this file afterwards (psql -f).
--
-- Metrics freshness. Any write that can
-- change a metric of an application submitted on day D appends D to "MetricDirtyDay", and refreshMetrics
-- recomputes those days. Append-only with no unique key, so concurrent writers never wait on each other.
CREATE OR REPLACE FUNCTION metric_day(ts TIMESTAMP) RETURNS DATE LANGUAGE sql IMMUTABLE AS
$$ SELECT ((ts AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai')::date $$;

CREATE OR REPLACE FUNCTION metric_mark_application(app_id TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE d DATE;
BEGIN
  SELECT metric_day("submittedAt") INTO d FROM "Application" WHERE id = app_id;
  IF d IS NOT NULL THEN INSERT INTO "MetricDirtyDay" (day) VALUES (d); END IF;
END $$;

CREATE OR REPLACE FUNCTION metric_application_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."submittedAt" IS NOT NULL THEN
    INSERT INTO "MetricDirtyDay" (day) VALUES (metric_day(OLD."submittedAt"));
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."submittedAt" IS NOT NULL
     AND (TG_OP = 'INSERT' OR OLD."submittedAt" IS DISTINCT FROM NEW."submittedAt") THEN
    INSERT INTO "MetricDirtyDay" (day) VALUES (metric_day(NEW."submittedAt"));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER metric_application AFTER INSERT OR UPDATE OR DELETE ON "Application"
  FOR EACH ROW EXECUTE FUNCTION metric_application_changed();

-- Child rows: the application they belong to (a correction through its task).
CREATE OR REPLACE FUNCTION metric_child_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE r RECORD;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  IF TG_TABLE_NAME = 'TaskCorrection' THEN
    PERFORM metric_mark_application((SELECT "applicationId" FROM "ApprovalTask" WHERE id = r."taskId"));
  ELSE
    PERFORM metric_mark_application(r."applicationId");
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER metric_item AFTER INSERT OR UPDATE OR DELETE ON "ApplicationItem"
  FOR EACH ROW EXECUTE FUNCTION metric_child_changed();
CREATE OR REPLACE TRIGGER metric_task AFTER INSERT OR UPDATE OR DELETE ON "ApprovalTask"
  FOR EACH ROW EXECUTE FUNCTION metric_child_changed();
CREATE OR REPLACE TRIGGER metric_correction AFTER INSERT OR UPDATE OR DELETE ON "TaskCorrection"
  FOR EACH ROW EXECUTE FUNCTION metric_child_changed();
CREATE OR REPLACE TRIGGER metric_pending AFTER INSERT OR UPDATE OR DELETE ON "PendingMaterial"
  FOR EACH ROW EXECUTE FUNCTION metric_child_changed();
CREATE OR REPLACE TRIGGER metric_review AFTER INSERT OR UPDATE OR DELETE ON "ServiceReview"
  FOR EACH ROW EXECUTE FUNCTION metric_child_changed();
CREATE OR REPLACE TRIGGER metric_ticket AFTER INSERT OR UPDATE OR DELETE ON "RectificationTicket"
  FOR EACH ROW EXECUTE FUNCTION metric_child_changed();

-- A matter moved to another department, industry or batch, or given other time limits: every day with
-- an application for it is recomputed (rare: refreshMetrics works through the days in bounded batches).
CREATE OR REPLACE FUNCTION metric_matter_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "MetricDirtyDay" (day)
    SELECT DISTINCT metric_day(a."submittedAt") FROM "ApplicationItem" i JOIN "Application" a ON a.id = i."applicationId"
    WHERE i."matterId" = NEW.id AND a."submittedAt" IS NOT NULL;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER metric_matter AFTER UPDATE ON "Matter" FOR EACH ROW
  WHEN (OLD."departmentId" IS DISTINCT FROM NEW."departmentId" OR OLD.industry IS DISTINCT FROM NEW.industry
        OR OLD."rolloutBatch" IS DISTINCT FROM NEW."rolloutBatch" OR OLD."statutoryDays" IS DISTINCT FROM NEW."statutoryDays")
  EXECUTE FUNCTION metric_matter_changed();
