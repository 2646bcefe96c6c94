CREATE TABLE "match_review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"force_id" text,
	"person_id" uuid NOT NULL,
	"other_person_id" uuid,
	"list_entry_id" uuid,
	"case_subject_id" uuid,
	"wash_run_id" uuid,
	"score" double precision,
	"band" text,
	"reasons" jsonb,
	"status" text DEFAULT 'open' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_link" (
	"person_id" uuid NOT NULL,
	"linked_person_id" uuid NOT NULL,
	"confirmed_by" uuid,
	"review_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_link_person_id_linked_person_id_pk" PRIMARY KEY("person_id","linked_person_id")
);
--> statement-breakpoint
CREATE TABLE "wash_run" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"force_id" text,
	"status" text DEFAULT 'running' NOT NULL,
	"total" integer NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	"cursor" uuid,
	"error" text,
	"started_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "match_review" ADD CONSTRAINT "match_review_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_review" ADD CONSTRAINT "match_review_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_review" ADD CONSTRAINT "match_review_other_person_id_person_id_fk" FOREIGN KEY ("other_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_review" ADD CONSTRAINT "match_review_list_entry_id_list_entry_id_fk" FOREIGN KEY ("list_entry_id") REFERENCES "public"."list_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_review" ADD CONSTRAINT "match_review_case_subject_id_case_subject_id_fk" FOREIGN KEY ("case_subject_id") REFERENCES "public"."case_subject"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_review" ADD CONSTRAINT "match_review_wash_run_id_wash_run_id_fk" FOREIGN KEY ("wash_run_id") REFERENCES "public"."wash_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_review" ADD CONSTRAINT "match_review_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_link" ADD CONSTRAINT "person_link_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_link" ADD CONSTRAINT "person_link_linked_person_id_person_id_fk" FOREIGN KEY ("linked_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_link" ADD CONSTRAINT "person_link_confirmed_by_app_user_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_link" ADD CONSTRAINT "person_link_review_id_match_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."match_review"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wash_run" ADD CONSTRAINT "wash_run_force_id_force_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."force"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wash_run" ADD CONSTRAINT "wash_run_started_by_app_user_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "match_review_dedupe_idx" ON "match_review" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "match_review_status_idx" ON "match_review" USING btree ("status","force_id");