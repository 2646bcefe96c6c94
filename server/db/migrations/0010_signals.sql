CREATE TABLE "signal_alert_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"alert_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid,
	"note" text,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_alert" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"rule_id" uuid NOT NULL,
	"rule_version" integer NOT NULL,
	"force_id" text NOT NULL,
	"status" text NOT NULL,
	"severity" text NOT NULL,
	"owner_id" uuid,
	"evidence" jsonb NOT NULL,
	"explanation" text NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_triggered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disposition" text,
	"disposition_reason" text,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"reopened_count" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_rule_version" (
	"rule_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"severity" text NOT NULL,
	"definition" jsonb NOT NULL,
	"reason" text NOT NULL,
	"edited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signal_rule_version_rule_id_version_pk" PRIMARY KEY("rule_id","version")
);
--> statement-breakpoint
CREATE TABLE "signal_rule" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"force_id" text,
	"current_version" integer DEFAULT 1 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signal_rule_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "signal_alert_event" ADD CONSTRAINT "signal_alert_event_alert_id_signal_alert_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."signal_alert"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_alert_event" ADD CONSTRAINT "signal_alert_event_actor_id_app_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_alert" ADD CONSTRAINT "signal_alert_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_alert" ADD CONSTRAINT "signal_alert_rule_id_signal_rule_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."signal_rule"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_alert" ADD CONSTRAINT "signal_alert_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_alert" ADD CONSTRAINT "signal_alert_owner_id_app_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_alert" ADD CONSTRAINT "signal_alert_closed_by_app_user_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_rule_version" ADD CONSTRAINT "signal_rule_version_rule_id_signal_rule_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."signal_rule"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_rule_version" ADD CONSTRAINT "signal_rule_version_edited_by_app_user_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_rule" ADD CONSTRAINT "signal_rule_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signal_alert_event_alert_idx" ON "signal_alert_event" USING btree ("alert_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "signal_alert_person_rule_idx" ON "signal_alert" USING btree ("person_id","rule_id");--> statement-breakpoint
CREATE INDEX "signal_alert_force_status_idx" ON "signal_alert" USING btree ("force_id","status","opened_at");--> statement-breakpoint
-- The default national rules (issue #8; DESIGN.md §5). Administrators edit them as new versions.
WITH defaults(code, name, severity, definition) AS (VALUES
  ('sexual-or-da-2-in-5-years', 'Two or more sexual or domestic-abuse allegations in 5 years', 'high',
   '{"kind":"count","windowMonths":60,"threshold":2,"filters":{"tags":["sexual_harassment","sexual_assault","abuse_of_position_sexual_purpose","predatory_behaviour","domestic_abuse"],"standards":[],"categories":[],"sources":[],"excludeNoCaseToAnswer":false}}'),
  ('any-3-in-12-months', 'Three or more allegations of any kind in 12 months', 'medium',
   '{"kind":"count","windowMonths":12,"threshold":3,"filters":{"tags":[],"standards":[],"categories":[],"sources":[],"excludeNoCaseToAnswer":false}}'),
  ('during-final-written-warning', 'Allegation while a final written warning is live', 'high',
   '{"kind":"during_live_warning","warnings":["final_written_warning"],"filters":{"tags":[],"standards":[],"categories":[],"sources":[],"excludeNoCaseToAnswer":false}}'),
  ('six-or-more-ever', 'Six or more allegations over the whole career', 'high',
   '{"kind":"count","windowMonths":null,"threshold":6,"filters":{"tags":[],"standards":[],"categories":[],"sources":[],"excludeNoCaseToAnswer":false}}'),
  ('during-vetting-review', 'Allegation while under vetting review', 'high',
   '{"kind":"during_vetting_review","filters":{"tags":[],"standards":[],"categories":[],"sources":[],"excludeNoCaseToAnswer":false}}'),
  ('barred-or-advisory-list-match', 'Linked to a Barred or Advisory List entry', 'high',
   '{"kind":"list_match","lists":["barred","advisory"]}'),
  ('top-5-percent-of-peers', 'Allegation rate in the top 5% of peers (role, rank, service, force) over 12 months', 'medium',
   '{"kind":"peer_percentile","windowMonths":12,"percentile":95,"minAllegations":2,"filters":{"tags":[],"standards":[],"categories":[],"sources":[],"excludeNoCaseToAnswer":false}}')
), inserted AS (
  INSERT INTO "signal_rule" ("code") SELECT code FROM defaults RETURNING id, code
)
INSERT INTO "signal_rule_version" ("rule_id", "version", "name", "severity", "definition", "reason")
SELECT i.id, 1, d.name, d.severity, d.definition::jsonb, 'Default rule shipped with Warrant'
FROM inserted i JOIN defaults d ON d.code = i.code;
