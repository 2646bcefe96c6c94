CREATE TABLE "risk_model" (
	"version" integer PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"label" text NOT NULL,
	"lambda" double precision NOT NULL,
	"intercept" double precision NOT NULL,
	"features" jsonb NOT NULL,
	"training" jsonb NOT NULL,
	"metrics" jsonb,
	"scored_people" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_score" (
	"model_version" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"percentile" double precision NOT NULL,
	"contributions" jsonb NOT NULL,
	CONSTRAINT "risk_score_model_version_person_id_pk" PRIMARY KEY("model_version","person_id")
);
--> statement-breakpoint
ALTER TABLE "risk_score" ADD CONSTRAINT "risk_score_model_version_risk_model_version_fk" FOREIGN KEY ("model_version") REFERENCES "public"."risk_model"("version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_score" ADD CONSTRAINT "risk_score_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_score_person_idx" ON "risk_score" USING btree ("person_id");