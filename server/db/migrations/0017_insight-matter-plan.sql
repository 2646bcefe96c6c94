-- The matters to recompute are found first, in a materialised step of their own, and only then measured one by
-- one. Written as one join (migration 0016), the planner could not know how many ids it was given (unnest is
-- guessed at a handful) and on a large database chose to walk every case and measure each subject's events before
-- keeping the wanted ones: about 10 ms per thousand cases in the database on every call, whatever the number of
-- ids, so a bulk COPY of case_event ran for tens of minutes. Same columns, same definition.
CREATE OR REPLACE FUNCTION insight_matter_compute(ids uuid[]) RETURNS SETOF "insight_matter" LANGUAGE sql STABLE AS $$
  WITH m AS MATERIALIZED (
    SELECT cs.id, cs.person_id, cs.case_id, c.force_id, c.received_on, cs.state, cs.case_to_answer, cs.proceedings_form, cs.outcome
    FROM (SELECT DISTINCT k.id FROM unnest(ids) AS k(id)) k
    JOIN "case_subject" cs ON cs.id = k.id
    JOIN "misconduct_case" c ON c.id = cs.case_id
    WHERE NOT c.restricted
  )
  SELECT cs.id, cs.person_id, cs.case_id, cs.force_id, cs.received_on, cs.state, cs.case_to_answer, cs.proceedings_form, cs.outcome,
    a.allegations, a.categories, d.decisions, coalesce(st.first_step, '{}'::jsonb), cl.closed_days
  FROM m cs
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
      SELECT e.action, min(e.decided_on) - cs.received_on AS days, max(e.decided_on) FILTER (WHERE e.to_state = 'closed') AS closed
      FROM "case_event" e WHERE e.subject_id = cs.id GROUP BY e.action
    ) s
  ) st
  CROSS JOIN LATERAL (SELECT st.closed_on - cs.received_on AS closed_days) cl
  WHERE a.allegations > 0
$$;
