CREATE TABLE "allegation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"force_id" text NOT NULL,
	"description" text NOT NULL,
	"occurred_on" date,
	"place" text,
	"standard" text NOT NULL,
	"iopc_category" text NOT NULL,
	"tags" text[] NOT NULL,
	"tag_definitions_version" integer NOT NULL,
	"case_to_answer" boolean
);
--> statement-breakpoint
CREATE TABLE "case_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"subject_id" uuid,
	"force_id" text NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"decided_by" uuid,
	"decided_on" date NOT NULL,
	"rationale" text,
	"data" jsonb,
	"history_acknowledged" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_party" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"force_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"accessibility_needs" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_subject" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"force_id" text NOT NULL,
	"person_id" uuid NOT NULL,
	"state" text NOT NULL,
	"state_entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"severity" text,
	"iopc_referred" boolean,
	"investigation_type" text,
	"regulation_17_served_on" date,
	"regulation_17_response_due" date,
	"case_to_answer" text,
	"proceedings_form" text,
	"proceedings_on" date,
	"outcome" text,
	"outcome_on" date,
	"live_until" date,
	"former_officer" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "misconduct_case" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"force_id" text NOT NULL,
	"reference" text NOT NULL,
	"source" text NOT NULL,
	"restricted" boolean DEFAULT false NOT NULL,
	"summary" text NOT NULL,
	"received_on" date NOT NULL,
	"investigator_id" uuid,
	"complainant_review" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iopc_referral_criterion" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"description" text NOT NULL,
	"mandatory" boolean NOT NULL,
	"suggested_by_tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"force_id" text NOT NULL,
	"list" text NOT NULL,
	"due_on" date NOT NULL,
	"details" jsonb NOT NULL,
	"submitted_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subject_restriction" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"force_id" text NOT NULL,
	"kind" text NOT NULL,
	"conditions" text NOT NULL,
	"decided_on" date NOT NULL,
	"review_on" date NOT NULL,
	"ended_on" date,
	"decided_by" uuid
);
--> statement-breakpoint
CREATE TABLE "tag_definition" (
	"version" integer NOT NULL,
	"tag" text NOT NULL,
	"label" text NOT NULL,
	"definition" text NOT NULL,
	"guidance" text NOT NULL,
	"effective_from" date NOT NULL,
	CONSTRAINT "tag_definition_version_tag_pk" PRIMARY KEY("version","tag")
);
--> statement-breakpoint
ALTER TABLE "allegation" ADD CONSTRAINT "allegation_case_id_misconduct_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."misconduct_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allegation" ADD CONSTRAINT "allegation_subject_id_case_subject_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."case_subject"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allegation" ADD CONSTRAINT "allegation_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_misconduct_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."misconduct_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_subject_id_case_subject_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."case_subject"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_party" ADD CONSTRAINT "case_party_case_id_misconduct_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."misconduct_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_party" ADD CONSTRAINT "case_party_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_subject" ADD CONSTRAINT "case_subject_case_id_misconduct_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."misconduct_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_subject" ADD CONSTRAINT "case_subject_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_subject" ADD CONSTRAINT "case_subject_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "misconduct_case" ADD CONSTRAINT "misconduct_case_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "misconduct_case" ADD CONSTRAINT "misconduct_case_investigator_id_app_user_id_fk" FOREIGN KEY ("investigator_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "misconduct_case" ADD CONSTRAINT "misconduct_case_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_report" ADD CONSTRAINT "list_report_case_id_misconduct_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."misconduct_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_report" ADD CONSTRAINT "list_report_subject_id_case_subject_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."case_subject"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_report" ADD CONSTRAINT "list_report_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_report" ADD CONSTRAINT "list_report_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_restriction" ADD CONSTRAINT "subject_restriction_case_id_misconduct_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."misconduct_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_restriction" ADD CONSTRAINT "subject_restriction_subject_id_case_subject_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."case_subject"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_restriction" ADD CONSTRAINT "subject_restriction_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_restriction" ADD CONSTRAINT "subject_restriction_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allegation_subject_idx" ON "allegation" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "allegation_force_idx" ON "allegation" USING btree ("force_id");--> statement-breakpoint
CREATE INDEX "case_event_case_idx" ON "case_event" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_party_case_idx" ON "case_party" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_subject_case_idx" ON "case_subject" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_subject_person_idx" ON "case_subject" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "case_subject_force_state_idx" ON "case_subject" USING btree ("force_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "misconduct_case_reference_idx" ON "misconduct_case" USING btree ("force_id","reference");--> statement-breakpoint
CREATE INDEX "misconduct_case_force_idx" ON "misconduct_case" USING btree ("force_id","received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "list_report_subject_idx" ON "list_report" USING btree ("subject_id","list");--> statement-breakpoint
CREATE INDEX "subject_restriction_subject_idx" ON "subject_restriction" USING btree ("subject_id");