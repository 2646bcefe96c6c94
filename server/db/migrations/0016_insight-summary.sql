-- Insight's summary (issue 7, performance): one row per matter — a subject of a non-restricted case with at least
-- one allegation — carrying what the figures need from its allegations and events, so a national page reads
-- about 125,000 matter rows instead of 2 million allegations and 600,000 events. insight_matter_compute is the
-- live computation; statement-level triggers recompute the matters a statement touched in the same transaction,
-- so the summary always equals it (tests: insight-summary.db.test.ts, both engines). insight_person_span does
-- the same for the workforce (a person's years of service by force and role set, with ethnicity and sex), and
-- insight_headcount keeps a year's headcount as a running sum of its spans' starts and ends.
CREATE TABLE "insight_headcount" (
	"scope" text NOT NULL,
	"roles" text NOT NULL,
	"ethnicity" text NOT NULL,
	"sex" text NOT NULL,
	"year" integer NOT NULL,
	"delta" integer NOT NULL,
	CONSTRAINT "insight_headcount_scope_roles_year_ethnicity_sex_pk" PRIMARY KEY("scope","roles","year","ethnicity","sex")
);
--> statement-breakpoint
CREATE TABLE "insight_matter" (
	"subject_id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"force_id" text NOT NULL,
	"received_on" date NOT NULL,
	"state" text NOT NULL,
	"case_to_answer" text,
	"proceedings_form" text,
	"outcome" text,
	"allegations" integer NOT NULL,
	"categories" text[] NOT NULL,
	"decisions" jsonb NOT NULL,
	"first_step" jsonb NOT NULL,
	"closed_days" integer
);
--> statement-breakpoint
CREATE TABLE "insight_person_span" (
	"person_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"roles" text NOT NULL,
	"span" integer NOT NULL,
	"first_year" integer NOT NULL,
	"last_year" integer,
	"ethnicity" text NOT NULL,
	"sex" text NOT NULL,
	CONSTRAINT "insight_person_span_person_id_scope_roles_span_pk" PRIMARY KEY("person_id","scope","roles","span")
);
--> statement-breakpoint
ALTER TABLE "insight_matter" ADD CONSTRAINT "insight_matter_subject_id_case_subject_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."case_subject"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_person_span" ADD CONSTRAINT "insight_person_span_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "insight_matter_received_idx" ON "insight_matter" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "insight_matter_force_idx" ON "insight_matter" USING btree ("force_id","received_on");--> statement-breakpoint
CREATE INDEX "insight_person_span_scope_idx" ON "insight_person_span" USING btree ("scope","roles","first_year");--> statement-breakpoint
CREATE INDEX "case_event_subject_idx" ON "case_event" USING btree ("subject_id");--> statement-breakpoint
-- The live computation of the given matters' rows (the table's columns, in order).
CREATE FUNCTION insight_matter_compute(ids uuid[]) RETURNS SETOF "insight_matter" LANGUAGE sql STABLE AS $$
  SELECT cs.id, cs.person_id, cs.case_id, c.force_id, c.received_on, cs.state, cs.case_to_answer, cs.proceedings_form, cs.outcome,
    a.allegations, a.categories, d.decisions, coalesce(st.first_step, '{}'::jsonb), cl.closed_days
  FROM (SELECT DISTINCT k.id FROM unnest(ids) AS k(id)) k
  JOIN "case_subject" cs ON cs.id = k.id
  JOIN "misconduct_case" c ON c.id = cs.case_id
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS allegations, array_agg(DISTINCT x.iopc_category ORDER BY x.iopc_category) AS categories
    FROM "allegation" x WHERE x.subject_id = cs.id
  ) a
  CROSS JOIN LATERAL (
    SELECT coalesce(jsonb_object_agg(g.dimension, g.keys), '{}'::jsonb) AS decisions
    FROM (
      SELECT v.dimension, jsonb_object_agg(v.key, jsonb_build_array(v.decided, v.found)) AS keys
      FROM (
        SELECT 'iopc_category' AS dimension, x.iopc_category AS key, count(*)::int AS decided, (count(*) FILTER (WHERE x.case_to_answer))::int AS found
          FROM "allegation" x WHERE x.subject_id = cs.id AND x.case_to_answer IS NOT NULL GROUP BY x.iopc_category
        UNION ALL
        SELECT 'standard', x.standard, count(*)::int, (count(*) FILTER (WHERE x.case_to_answer))::int
          FROM "allegation" x WHERE x.subject_id = cs.id AND x.case_to_answer IS NOT NULL GROUP BY x.standard
        UNION ALL
        SELECT 'tag', t.tag, count(*)::int, (count(*) FILTER (WHERE x.case_to_answer))::int
          FROM "allegation" x CROSS JOIN LATERAL unnest(x.tags) AS t(tag) WHERE x.subject_id = cs.id AND x.case_to_answer IS NOT NULL GROUP BY t.tag
      ) v
      GROUP BY v.dimension
    ) g
  ) d
  CROSS JOIN LATERAL (
    SELECT jsonb_object_agg(s.action, s.days) AS first_step,
           max(s.closed) AS closed_on
    FROM (
      SELECT e.action, min(e.decided_on) - c.received_on AS days, max(e.decided_on) FILTER (WHERE e.to_state = 'closed') AS closed
      FROM "case_event" e WHERE e.subject_id = cs.id GROUP BY e.action
    ) s
  ) st
  CROSS JOIN LATERAL (SELECT st.closed_on - c.received_on AS closed_days) cl
  WHERE NOT c.restricted AND a.allegations > 0
$$;
--> statement-breakpoint
-- Recompute the given matters. Their subjects are locked first, so two transactions touching one matter take
-- turns, and each recomputation (a new statement, so a new snapshot) sees everything committed before it.
CREATE FUNCTION insight_matter_refresh(affected uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF affected IS NULL OR cardinality(affected) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM "case_subject" WHERE id = ANY (affected) ORDER BY id FOR NO KEY UPDATE;
  DELETE FROM "insight_matter" WHERE subject_id = ANY (affected);
  INSERT INTO "insight_matter" SELECT * FROM insight_matter_compute(affected);
END;
$$;
--> statement-breakpoint
-- Allegations: a new, changed or removed allegation changes its matter (updates that leave every column the
-- summary reads alone touch nothing).
CREATE FUNCTION insight_matter_on_allegation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  affected uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT subject_id) INTO affected FROM new_rows;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT changed.subject_id) INTO affected FROM (
      (SELECT subject_id, iopc_category, standard, tags, case_to_answer FROM old_rows EXCEPT ALL SELECT subject_id, iopc_category, standard, tags, case_to_answer FROM new_rows)
      UNION ALL
      (SELECT subject_id, iopc_category, standard, tags, case_to_answer FROM new_rows EXCEPT ALL SELECT subject_id, iopc_category, standard, tags, case_to_answer FROM old_rows)
    ) changed;
  ELSE
    SELECT array_agg(DISTINCT subject_id) INTO affected FROM old_rows;
  END IF;
  PERFORM insight_matter_refresh(affected);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Events: the steps and closure of the matter they belong to (case-level events without a subject count for none).
CREATE FUNCTION insight_matter_on_case_event() RETURNS trigger LANGUAGE plpgsql AS $$
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
  PERFORM insight_matter_refresh(affected);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Subjects: the state and decisions copied into the summary. A new subject has no allegation yet, and a deleted
-- one takes its summary row with it (the foreign key cascades), so only updates are watched.
CREATE FUNCTION insight_matter_on_case_subject() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  affected uuid[];
BEGIN
  SELECT array_agg(DISTINCT changed.id) INTO affected FROM (
    (SELECT id, person_id, case_id, state, case_to_answer, proceedings_form, outcome FROM old_rows EXCEPT ALL SELECT id, person_id, case_id, state, case_to_answer, proceedings_form, outcome FROM new_rows)
    UNION ALL
    (SELECT id, person_id, case_id, state, case_to_answer, proceedings_form, outcome FROM new_rows EXCEPT ALL SELECT id, person_id, case_id, state, case_to_answer, proceedings_form, outcome FROM old_rows)
  ) changed;
  PERFORM insight_matter_refresh(affected);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Cases: the force, date received and restriction of every matter in them (a case made restricted leaves the
-- summary; the tag summary of migration 0015 updates cases without touching these, and costs nothing here).
CREATE FUNCTION insight_matter_on_case() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  affected uuid[];
BEGIN
  SELECT array_agg(cs.id) INTO affected FROM "case_subject" cs WHERE cs.case_id IN (
    SELECT changed.id FROM (
      (SELECT id, force_id, received_on, restricted FROM old_rows EXCEPT ALL SELECT id, force_id, received_on, restricted FROM new_rows)
      UNION ALL
      (SELECT id, force_id, received_on, restricted FROM new_rows EXCEPT ALL SELECT id, force_id, received_on, restricted FROM old_rows)
    ) changed
  );
  PERFORM insight_matter_refresh(affected);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER allegation_insight_matter_insert AFTER INSERT ON "allegation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_matter_on_allegation();--> statement-breakpoint
CREATE TRIGGER allegation_insight_matter_update AFTER UPDATE ON "allegation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_matter_on_allegation();--> statement-breakpoint
CREATE TRIGGER allegation_insight_matter_delete AFTER DELETE ON "allegation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_matter_on_allegation();--> statement-breakpoint
CREATE TRIGGER case_event_insight_matter_insert AFTER INSERT ON "case_event"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_matter_on_case_event();--> statement-breakpoint
CREATE TRIGGER case_event_insight_matter_update AFTER UPDATE ON "case_event"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_matter_on_case_event();--> statement-breakpoint
CREATE TRIGGER case_event_insight_matter_delete AFTER DELETE ON "case_event"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_matter_on_case_event();--> statement-breakpoint
CREATE TRIGGER case_subject_insight_matter_update AFTER UPDATE ON "case_subject"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_matter_on_case_subject();--> statement-breakpoint
CREATE TRIGGER misconduct_case_insight_matter_update AFTER UPDATE ON "misconduct_case"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_matter_on_case();--> statement-breakpoint
-- Backfill: every matter there is now.
SELECT insight_matter_refresh(ARRAY(SELECT id FROM "case_subject"));
--> statement-breakpoint
-- The live computation of the given people's workforce spans: each employment counts for its force and for '*'
-- (any force), in every role set its role belongs to (the insight role filters: officers; staff and PCSOs; all
-- three); employments of one person, scope and role set that overlap or follow on are merged into one span.
CREATE FUNCTION insight_person_span_compute(ids uuid[]) RETURNS SETOF "insight_person_span" LANGUAGE sql STABLE AS $$
  WITH spells AS (
    SELECT e.person_id, s.scope, f.roles, extract(year FROM e.start_date)::int AS first_year, coalesce(extract(year FROM e.end_date)::int, 9999) AS last_year
    FROM (SELECT DISTINCT k.id FROM unnest(ids) AS k(id)) k
    JOIN "employment" e ON e.person_id = k.id
    CROSS JOIN LATERAL (VALUES (e.force_id), ('*')) AS s(scope)
    JOIN (VALUES ('police_officer'), ('pcso,police_staff'), ('pcso,police_officer,police_staff')) AS f(roles) ON e.role = ANY (string_to_array(f.roles, ','))
  ),
  marked AS (
    SELECT *, max(last_year) OVER (PARTITION BY person_id, scope, roles ORDER BY first_year, last_year ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reached
    FROM spells
  ),
  numbered AS (
    SELECT *, sum(CASE WHEN reached IS NULL OR first_year > reached + 1 THEN 1 ELSE 0 END) OVER (PARTITION BY person_id, scope, roles ORDER BY first_year, last_year) AS span
    FROM marked
  )
  SELECT n.person_id, n.scope, n.roles, n.span::int, min(n.first_year), nullif(max(n.last_year), 9999), coalesce(pc.ethnicity, 'not_stated'), p.sex
  FROM numbered n
  JOIN "person" p ON p.id = n.person_id
  LEFT JOIN "person_characteristic" pc ON pc.person_id = n.person_id
  GROUP BY n.person_id, n.scope, n.roles, n.span, pc.ethnicity, p.sex
$$;
--> statement-breakpoint
-- Recompute the given people's spans and move the headcount by the difference: the old spans' +1/-1 taken
-- back, the new ones' added (cells in key order, so concurrent writers queue rather than deadlock). A cell
-- that comes back to 0 stays; it adds nothing to any sum.
CREATE FUNCTION insight_person_span_refresh(affected uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF affected IS NULL OR cardinality(affected) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM "person" WHERE id = ANY (affected) ORDER BY id FOR NO KEY UPDATE;
  WITH gone AS (
    DELETE FROM "insight_person_span" WHERE person_id = ANY (affected) RETURNING *
  ), deltas AS (
    SELECT scope, roles, ethnicity, sex, first_year AS year, -1 AS d FROM gone
    UNION ALL SELECT scope, roles, ethnicity, sex, last_year + 1, 1 FROM gone WHERE last_year IS NOT NULL
  )
  INSERT INTO "insight_headcount" AS h (scope, roles, ethnicity, sex, year, delta)
  SELECT scope, roles, ethnicity, sex, year, sum(d)::int FROM deltas GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0 ORDER BY 1, 2, 5, 3, 4
  ON CONFLICT (scope, roles, year, ethnicity, sex) DO UPDATE SET delta = h.delta + excluded.delta;
  WITH added AS (
    INSERT INTO "insight_person_span" SELECT * FROM insight_person_span_compute(affected) RETURNING *
  ), deltas AS (
    SELECT scope, roles, ethnicity, sex, first_year AS year, 1 AS d FROM added
    UNION ALL SELECT scope, roles, ethnicity, sex, last_year + 1, -1 FROM added WHERE last_year IS NOT NULL
  )
  INSERT INTO "insight_headcount" AS h (scope, roles, ethnicity, sex, year, delta)
  SELECT scope, roles, ethnicity, sex, year, sum(d)::int FROM deltas GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0 ORDER BY 1, 2, 5, 3, 4
  ON CONFLICT (scope, roles, year, ethnicity, sex) DO UPDATE SET delta = h.delta + excluded.delta;
END;
$$;
--> statement-breakpoint
-- Employments, a person's sex and their recorded ethnicity: the people whose spans they change.
CREATE FUNCTION insight_person_span_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  affected uuid[];
BEGIN
  IF TG_TABLE_NAME = 'employment' THEN
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(DISTINCT person_id) INTO affected FROM new_rows;
    ELSIF TG_OP = 'UPDATE' THEN
      SELECT array_agg(DISTINCT changed.person_id) INTO affected FROM (
        (SELECT person_id, force_id, role, start_date, end_date FROM old_rows EXCEPT ALL SELECT person_id, force_id, role, start_date, end_date FROM new_rows)
        UNION ALL
        (SELECT person_id, force_id, role, start_date, end_date FROM new_rows EXCEPT ALL SELECT person_id, force_id, role, start_date, end_date FROM old_rows)
      ) changed;
    ELSE
      SELECT array_agg(DISTINCT person_id) INTO affected FROM old_rows;
    END IF;
  ELSIF TG_TABLE_NAME = 'person' THEN
    SELECT array_agg(DISTINCT changed.id) INTO affected FROM (
      (SELECT id, sex FROM old_rows EXCEPT ALL SELECT id, sex FROM new_rows)
      UNION ALL
      (SELECT id, sex FROM new_rows EXCEPT ALL SELECT id, sex FROM old_rows)
    ) changed;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT person_id) INTO affected FROM new_rows;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT changed.person_id) INTO affected FROM (
      (SELECT person_id, ethnicity FROM old_rows EXCEPT ALL SELECT person_id, ethnicity FROM new_rows)
      UNION ALL
      (SELECT person_id, ethnicity FROM new_rows EXCEPT ALL SELECT person_id, ethnicity FROM old_rows)
    ) changed;
  ELSE
    SELECT array_agg(DISTINCT person_id) INTO affected FROM old_rows;
  END IF;
  -- Only people with an employment have spans; a person deleted takes theirs with them (the foreign key).
  SELECT array_agg(id) INTO affected FROM unnest(affected) AS k(id) WHERE EXISTS (SELECT 1 FROM "person" p WHERE p.id = k.id);
  PERFORM insight_person_span_refresh(affected);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER employment_insight_span_insert AFTER INSERT ON "employment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_person_span_on_change();--> statement-breakpoint
CREATE TRIGGER employment_insight_span_update AFTER UPDATE ON "employment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_person_span_on_change();--> statement-breakpoint
CREATE TRIGGER employment_insight_span_delete AFTER DELETE ON "employment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_person_span_on_change();--> statement-breakpoint
CREATE TRIGGER person_insight_span_update AFTER UPDATE ON "person"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_person_span_on_change();--> statement-breakpoint
CREATE TRIGGER person_characteristic_insight_span_insert AFTER INSERT ON "person_characteristic"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_person_span_on_change();--> statement-breakpoint
CREATE TRIGGER person_characteristic_insight_span_update AFTER UPDATE ON "person_characteristic"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_person_span_on_change();--> statement-breakpoint
CREATE TRIGGER person_characteristic_insight_span_delete AFTER DELETE ON "person_characteristic"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_person_span_on_change();--> statement-breakpoint
-- Backfill: every person with an employment now.
SELECT insight_person_span_refresh(ARRAY(SELECT DISTINCT person_id FROM "employment"));
