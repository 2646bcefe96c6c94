CREATE TABLE "list_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"list" text NOT NULL,
	"jurisdiction" text DEFAULT 'england-wales' NOT NULL,
	"person_id" uuid,
	"given_names" text NOT NULL,
	"family_name" text NOT NULL,
	"other_family_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"date_of_birth" text,
	"last_force" text,
	"role" text,
	"reason" text NOT NULL,
	"decided_on" date NOT NULL,
	"source" text NOT NULL,
	"source_case_id" uuid,
	"source_report_id" uuid,
	"import_key" text,
	"review_eligible_on" date,
	"removed_on" date,
	"removal_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_entry_key" (
	"entry_id" uuid NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "list_entry_key_entry_id_key_pk" PRIMARY KEY("entry_id","key")
);
--> statement-breakpoint
ALTER TABLE "list_entry" ADD CONSTRAINT "list_entry_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_entry" ADD CONSTRAINT "list_entry_source_case_id_misconduct_case_id_fk" FOREIGN KEY ("source_case_id") REFERENCES "public"."misconduct_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_entry" ADD CONSTRAINT "list_entry_source_report_id_list_report_id_fk" FOREIGN KEY ("source_report_id") REFERENCES "public"."list_report"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_entry_key" ADD CONSTRAINT "list_entry_key_entry_id_list_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."list_entry"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "list_entry_report_idx" ON "list_entry" USING btree ("source_report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "list_entry_import_idx" ON "list_entry" USING btree ("import_key");--> statement-breakpoint
CREATE INDEX "list_entry_person_idx" ON "list_entry" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "list_entry_key_key_idx" ON "list_entry_key" USING btree ("key");