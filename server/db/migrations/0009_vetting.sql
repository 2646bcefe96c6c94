CREATE TABLE "integrity_review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"force_id" text NOT NULL,
	"completed_on" date NOT NULL,
	"declarations" jsonb NOT NULL,
	"supervisor_appraisal" text NOT NULL,
	"concerns_raised" boolean NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "random_revetting_draw" (
	"force_id" text NOT NULL,
	"year" integer NOT NULL,
	"share" double precision NOT NULL,
	"eligible" integer NOT NULL,
	"selected" integer NOT NULL,
	"drawn_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "random_revetting_draw_force_id_year_pk" PRIMARY KEY("force_id","year")
);
--> statement-breakpoint
CREATE TABLE "vetting_adverse_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"force_id" text NOT NULL,
	"category" text NOT NULL,
	"disposal" text NOT NULL,
	"occurred_on" date,
	"source" text NOT NULL,
	"description" text NOT NULL,
	"weighing" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vetting_application" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"force_id" text NOT NULL,
	"person_id" uuid NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"opened_by" uuid NOT NULL,
	"opened_on" date NOT NULL,
	"transferee_checklist" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"outcome" text,
	"decided_by" uuid,
	"decided_on" date,
	"rationale" text,
	"rebuttal" text,
	"conditions" text[],
	"conditions_review_on" date,
	"approved_by" uuid,
	"approved_on" date,
	"appeal_due_by" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vetting_application_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "vetting_check" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"force_id" text NOT NULL,
	"check_type" text NOT NULL,
	"result" text NOT NULL,
	"reason" text,
	"notes" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"prefilled" boolean DEFAULT false NOT NULL,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "vetting_clearance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"force_id" text NOT NULL,
	"level" text NOT NULL,
	"application_id" uuid,
	"granted_on" date NOT NULL,
	"expires_on" date,
	"conditions" text[] DEFAULT '{}'::text[] NOT NULL,
	"conditions_review_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vetting_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"force_id" text NOT NULL,
	"application_id" uuid,
	"review_id" uuid,
	"action" text NOT NULL,
	"actor_id" uuid,
	"acted_on" date NOT NULL,
	"rationale" text,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vetting_level" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"validity_months" integer NOT NULL,
	"required_checks" text[] NOT NULL,
	"reminder_days" integer[] DEFAULT '{90,30}'::int[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vetting_review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clearance_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"force_id" text NOT NULL,
	"trigger" text NOT NULL,
	"trigger_case_id" uuid,
	"trigger_detail" text NOT NULL,
	"opened_on" date NOT NULL,
	"state" text NOT NULL,
	"notice_served_on" date,
	"representations_due" date,
	"representations_received_on" date,
	"decided_by" uuid,
	"decided_on" date,
	"rationale" text,
	"hr_action_required" boolean DEFAULT false NOT NULL,
	"hr_action_recorded_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "integrity_review" ADD CONSTRAINT "integrity_review_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_review" ADD CONSTRAINT "integrity_review_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_review" ADD CONSTRAINT "integrity_review_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_revetting_draw" ADD CONSTRAINT "random_revetting_draw_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "random_revetting_draw" ADD CONSTRAINT "random_revetting_draw_drawn_by_app_user_id_fk" FOREIGN KEY ("drawn_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_adverse_item" ADD CONSTRAINT "vetting_adverse_item_application_id_vetting_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."vetting_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_adverse_item" ADD CONSTRAINT "vetting_adverse_item_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_adverse_item" ADD CONSTRAINT "vetting_adverse_item_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_application" ADD CONSTRAINT "vetting_application_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_application" ADD CONSTRAINT "vetting_application_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_application" ADD CONSTRAINT "vetting_application_level_vetting_level_code_fk" FOREIGN KEY ("level") REFERENCES "public"."vetting_level"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_application" ADD CONSTRAINT "vetting_application_opened_by_app_user_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_application" ADD CONSTRAINT "vetting_application_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_application" ADD CONSTRAINT "vetting_application_approved_by_app_user_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_check" ADD CONSTRAINT "vetting_check_application_id_vetting_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."vetting_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_check" ADD CONSTRAINT "vetting_check_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_check" ADD CONSTRAINT "vetting_check_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_clearance" ADD CONSTRAINT "vetting_clearance_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_clearance" ADD CONSTRAINT "vetting_clearance_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_clearance" ADD CONSTRAINT "vetting_clearance_application_id_vetting_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."vetting_application"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_event" ADD CONSTRAINT "vetting_event_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_event" ADD CONSTRAINT "vetting_event_application_id_vetting_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."vetting_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_event" ADD CONSTRAINT "vetting_event_review_id_vetting_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."vetting_review"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_event" ADD CONSTRAINT "vetting_event_actor_id_app_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_review" ADD CONSTRAINT "vetting_review_clearance_id_vetting_clearance_id_fk" FOREIGN KEY ("clearance_id") REFERENCES "public"."vetting_clearance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_review" ADD CONSTRAINT "vetting_review_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_review" ADD CONSTRAINT "vetting_review_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_review" ADD CONSTRAINT "vetting_review_trigger_case_id_misconduct_case_id_fk" FOREIGN KEY ("trigger_case_id") REFERENCES "public"."misconduct_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vetting_review" ADD CONSTRAINT "vetting_review_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "integrity_review_person_idx" ON "integrity_review" USING btree ("person_id","completed_on");--> statement-breakpoint
CREATE INDEX "vetting_adverse_item_application_idx" ON "vetting_adverse_item" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "vetting_application_person_idx" ON "vetting_application" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "vetting_application_force_state_idx" ON "vetting_application" USING btree ("force_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "vetting_check_application_type_idx" ON "vetting_check" USING btree ("application_id","check_type");--> statement-breakpoint
CREATE INDEX "vetting_clearance_person_idx" ON "vetting_clearance" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "vetting_clearance_force_expiry_idx" ON "vetting_clearance" USING btree ("force_id","expires_on");--> statement-breakpoint
CREATE INDEX "vetting_event_application_idx" ON "vetting_event" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "vetting_event_review_idx" ON "vetting_event" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "vetting_review_person_idx" ON "vetting_review" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "vetting_review_force_state_idx" ON "vetting_review" USING btree ("force_id","state");--> statement-breakpoint
-- Default levels (Vetting Code of Practice 2023, APP Vetting). Forces may change validity and checks here.
INSERT INTO "vetting_level" ("code", "label", "validity_months", "required_checks") VALUES
  ('RV', 'Recruitment Vetting', 120, '{pnc,pnd,force_intelligence,professional_standards,barred_advisory_lists,financial,family_associates,previous_employers,identity_address,open_source}'),
  ('MV', 'Management Vetting', 84, '{pnc,pnd,force_intelligence,professional_standards,barred_advisory_lists,financial,family_associates,previous_employers,identity_address,open_source}'),
  ('NPPV1', 'Non-Police Personnel Vetting level 1', 36, '{pnc,pnd,force_intelligence,professional_standards,barred_advisory_lists,identity_address}'),
  ('NPPV2', 'Non-Police Personnel Vetting level 2', 60, '{pnc,pnd,force_intelligence,professional_standards,barred_advisory_lists,financial,previous_employers,identity_address,open_source}'),
  ('NPPV3', 'Non-Police Personnel Vetting level 3', 60, '{pnc,pnd,force_intelligence,professional_standards,barred_advisory_lists,financial,family_associates,previous_employers,identity_address,open_source}');
