-- A subject with no allegation has no matter in Insight's summary, and an event alone cannot give it one, so events
-- of such subjects are not refreshed (no lock, no delete, no recomputation). An importer that writes a matter's
-- events before its allegations (the Chicago import) then computes each matter once, when its allegations arrive.
CREATE OR REPLACE FUNCTION insight_matter_on_case_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  affected uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT subject_id) INTO affected FROM new_rows WHERE subject_id IS NOT NULL;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT changed.subject_id) INTO affected FROM (
      (SELECT subject_id, action, to_state, decided_on FROM old_rows EXCEPT ALL SELECT subject_id, action, to_state, decided_on FROM new_rows)
      UNION ALL
      (SELECT subject_id, action, to_state, decided_on FROM new_rows EXCEPT ALL SELECT subject_id, action, to_state, decided_on FROM old_rows)
    ) changed WHERE changed.subject_id IS NOT NULL;
  ELSE
    SELECT array_agg(DISTINCT subject_id) INTO affected FROM old_rows WHERE subject_id IS NOT NULL;
  END IF;
  SELECT array_agg(k.id) INTO affected FROM unnest(affected) AS k(id) WHERE EXISTS (SELECT 1 FROM "allegation" x WHERE x.subject_id = k.id);
  PERFORM insight_matter_refresh(affected);
  RETURN NULL;
END;
$$;
