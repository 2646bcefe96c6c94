CREATE TABLE "complaint_access_code" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dip_sample_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sample_id" uuid NOT NULL,
	"stratum" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"force_id" text NOT NULL,
	"decider_id" uuid,
	"reviewer_id" uuid,
	"verdict" text,
	"answers" jsonb,
	"reasons" text,
	"reviewed_at" timestamp with time zone,
	"decider_response" text,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "dip_sample" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"population" text NOT NULL,
	"force_id" text,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"stratify_by" text[] NOT NULL,
	"filters" jsonb NOT NULL,
	"size_per_stratum" integer,
	"proportion" double precision,
	"seed" text NOT NULL,
	"checklist_id" uuid NOT NULL,
	"drawn_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hearing_notice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"force_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"officer_name" text NOT NULL,
	"rank" text,
	"allegation_summary" text NOT NULL,
	"hearing_on" date NOT NULL,
	"venue" text NOT NULL,
	"outcome_summary" text,
	"outcome_on" date,
	"withheld_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"withheld_reason" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_by" uuid,
	"publish_decision_rationale" text,
	"publish_from" date,
	"publish_until" date,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integrity_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"from_reporter" boolean NOT NULL,
	"handler_id" uuid,
	"body" text NOT NULL,
	"sent_on" date NOT NULL,
	"read_by_reporter" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integrity_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"passphrase_hash" text NOT NULL,
	"force_id" text NOT NULL,
	"category" text NOT NULL,
	"summary" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"outcome_class" text,
	"received_on" date NOT NULL,
	"status_changed_on" date NOT NULL,
	"handler_id" uuid,
	"case_id" uuid,
	"failed_passphrase_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until_day" date,
	CONSTRAINT "integrity_report_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"sent_at" timestamp with time zone,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_complaint" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"force_id" text,
	"status" text DEFAULT 'received' NOT NULL,
	"case_id" uuid,
	"officer_details" jsonb NOT NULL,
	"incident_on" date,
	"incident_place" text,
	"what_happened" text NOT NULL,
	"complainant_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"preferred_contact" text NOT NULL,
	"postal_address" text,
	"accessibility_needs" text,
	"consented_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"triaged_by" uuid,
	"triage_note" text,
	"failed_code_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_complaint_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "qa_checklist" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"population" text NOT NULL,
	"questions" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaint_access_code" ADD CONSTRAINT "complaint_access_code_complaint_id_public_complaint_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."public_complaint"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_sample_item" ADD CONSTRAINT "dip_sample_item_sample_id_dip_sample_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."dip_sample"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_sample_item" ADD CONSTRAINT "dip_sample_item_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_sample_item" ADD CONSTRAINT "dip_sample_item_decider_id_app_user_id_fk" FOREIGN KEY ("decider_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_sample_item" ADD CONSTRAINT "dip_sample_item_reviewer_id_app_user_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_sample" ADD CONSTRAINT "dip_sample_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_sample" ADD CONSTRAINT "dip_sample_checklist_id_qa_checklist_id_fk" FOREIGN KEY ("checklist_id") REFERENCES "public"."qa_checklist"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dip_sample" ADD CONSTRAINT "dip_sample_drawn_by_app_user_id_fk" FOREIGN KEY ("drawn_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_notice" ADD CONSTRAINT "hearing_notice_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_notice" ADD CONSTRAINT "hearing_notice_case_id_misconduct_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."misconduct_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_notice" ADD CONSTRAINT "hearing_notice_subject_id_case_subject_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."case_subject"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_notice" ADD CONSTRAINT "hearing_notice_published_by_app_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_notice" ADD CONSTRAINT "hearing_notice_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_message" ADD CONSTRAINT "integrity_message_report_id_integrity_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."integrity_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_message" ADD CONSTRAINT "integrity_message_handler_id_app_user_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_report" ADD CONSTRAINT "integrity_report_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_report" ADD CONSTRAINT "integrity_report_handler_id_app_user_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_report" ADD CONSTRAINT "integrity_report_case_id_misconduct_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."misconduct_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_complaint" ADD CONSTRAINT "public_complaint_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_complaint" ADD CONSTRAINT "public_complaint_case_id_misconduct_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."misconduct_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_complaint" ADD CONSTRAINT "public_complaint_triaged_by_app_user_id_fk" FOREIGN KEY ("triaged_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaint_access_code_complaint_idx" ON "complaint_access_code" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "dip_sample_item_sample_idx" ON "dip_sample_item" USING btree ("sample_id","stratum");--> statement-breakpoint
CREATE INDEX "dip_sample_item_decider_idx" ON "dip_sample_item" USING btree ("decider_id");--> statement-breakpoint
CREATE INDEX "hearing_notice_force_publish_idx" ON "hearing_notice" USING btree ("force_id","status","publish_from","publish_until");--> statement-breakpoint
CREATE UNIQUE INDEX "integrity_message_report_seq_idx" ON "integrity_message" USING btree ("report_id","seq");--> statement-breakpoint
CREATE INDEX "integrity_report_force_status_idx" ON "integrity_report" USING btree ("force_id","status");--> statement-breakpoint
CREATE INDEX "public_complaint_force_status_idx" ON "public_complaint" USING btree ("force_id","status");--> statement-breakpoint
-- Default quality-assurance checklists (editable data; the inspectorate's file reviews ask questions like these).
INSERT INTO "qa_checklist" ("name", "population", "questions") VALUES
  ('Vetting decision review', 'vetting_decision', '[
    {"id":"checks-complete","text":"Were all the minimum checks for the level completed and recorded?"},
    {"id":"adverse-identified","text":"Was all adverse information identified, including from other forces?"},
    {"id":"adverse-weighed","text":"Was each item of adverse information weighed, with reasons?"},
    {"id":"rationale","text":"Does the rationale support the decision?"},
    {"id":"conditions","text":"Where granted with conditions, are the conditions proportionate and reviewed?"}
  ]'),
  ('Case decision review', 'case_decision', '[
    {"id":"history-considered","text":"Was the subject''s full history (all forces, all outcomes) considered?"},
    {"id":"severity","text":"Was the severity assessment consistent with the guidance and the tags recorded?"},
    {"id":"case-to-answer","text":"Is the case-to-answer decision supported by the evidence described?"},
    {"id":"timeliness","text":"Were statutory and working-day deadlines met, or the delay explained?"},
    {"id":"outcome","text":"Is the outcome consistent with comparable cases?"}
  ]');
