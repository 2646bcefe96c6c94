-- A case-level tag summary: misconduct_case.tags holds every thematic tag on any of the case's allegations
-- (distinct, sorted), so the case list filters and counts by tag on one row per case with its own GIN index
-- instead of probing allegations per case (issue 5: the count of a force-and-tag list was the slow part).
ALTER TABLE "misconduct_case" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
-- Backfill before the index exists: one pass over allegation, one write per tagged case.
UPDATE "misconduct_case" c SET "tags" = s.tags
FROM (SELECT a.case_id, array_agg(DISTINCT t ORDER BY t) AS tags FROM "allegation" a CROSS JOIN LATERAL unnest(a.tags) t GROUP BY a.case_id) s
WHERE c.id = s.case_id;--> statement-breakpoint
CREATE INDEX "misconduct_case_tags_idx" ON "misconduct_case" USING gin ("tags");--> statement-breakpoint
-- The summary is kept by statement-level triggers on allegation, so every writer keeps it right (the case
-- service, warrant import, the real-data importers, the demo seed, generate --load, plain SQL) and a COPY of
-- thousands of rows costs one set-based update. Transition tables allow one event per trigger, hence three.
--
-- Insert: add the new rows' tags to their cases. Only cases that gain a tag are written. A concurrent writer
-- to the same case waits on the row, then PostgreSQL re-evaluates the update against its latest version, so
-- neither transaction's tags are lost.
CREATE FUNCTION misconduct_case_tags_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "misconduct_case" c SET "tags" = (SELECT array_agg(DISTINCT t ORDER BY t) FROM unnest(c.tags || n.tags) t)
  FROM (SELECT a.case_id, array_agg(DISTINCT t) AS tags FROM new_allegations a CROSS JOIN LATERAL unnest(a.tags) t GROUP BY a.case_id) n
  WHERE c.id = n.case_id AND NOT c.tags @> n.tags;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Update and delete: a tag may have gone, so the affected cases are recounted from their allegations. Updates
-- that leave case_id and tags alone (the case-to-answer finding) touch no case. The cases are locked first so
-- that the recount, a new statement with a new snapshot, sees every allegation committed before it.
CREATE FUNCTION misconduct_case_tags_recount() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  affected uuid[];
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT changed.case_id) INTO affected FROM (
      (SELECT case_id, tags FROM old_allegations EXCEPT ALL SELECT case_id, tags FROM new_allegations)
      UNION ALL
      (SELECT case_id, tags FROM new_allegations EXCEPT ALL SELECT case_id, tags FROM old_allegations)
    ) changed;
  ELSE
    SELECT array_agg(DISTINCT case_id) INTO affected FROM old_allegations;
  END IF;
  IF affected IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM "misconduct_case" WHERE id = ANY (affected) ORDER BY id FOR NO KEY UPDATE;
  UPDATE "misconduct_case" c SET "tags" = s.tags
  FROM (
    SELECT k.id, coalesce((SELECT array_agg(DISTINCT t ORDER BY t) FROM "allegation" a CROSS JOIN LATERAL unnest(a.tags) t WHERE a.case_id = k.id), '{}') AS tags
    FROM unnest(affected) AS k(id)
  ) s
  WHERE c.id = s.id AND c.tags IS DISTINCT FROM s.tags;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER allegation_case_tags_insert AFTER INSERT ON "allegation"
  REFERENCING NEW TABLE AS new_allegations FOR EACH STATEMENT EXECUTE FUNCTION misconduct_case_tags_add();--> statement-breakpoint
CREATE TRIGGER allegation_case_tags_update AFTER UPDATE ON "allegation"
  REFERENCING OLD TABLE AS old_allegations NEW TABLE AS new_allegations FOR EACH STATEMENT EXECUTE FUNCTION misconduct_case_tags_recount();--> statement-breakpoint
CREATE TRIGGER allegation_case_tags_delete AFTER DELETE ON "allegation"
  REFERENCING OLD TABLE AS old_allegations FOR EACH STATEMENT EXECUTE FUNCTION misconduct_case_tags_recount();
