-- Which version of the matching engine's blocking keys each entry's list_entry_key rows were made with. Existing
-- entries get 0 and are re-keyed at the next start (rekeyStaleListEntries): keys made before the ł/ø/æ fold
-- (migration 0019) could not be rebuilt in SQL, since Double Metaphone is computed in TypeScript.
ALTER TABLE "list_entry" ADD COLUMN "keys_version" integer DEFAULT 0 NOT NULL;
