CREATE TABLE "signal_peer_threshold" (
	"rule_id" uuid NOT NULL,
	"force_id" text NOT NULL,
	"role" text NOT NULL,
	"rank" text NOT NULL,
	"band" text NOT NULL,
	"threshold" integer NOT NULL,
	"group_size" integer NOT NULL,
	"as_of" date NOT NULL,
	CONSTRAINT "signal_peer_threshold_rule_id_force_id_role_rank_band_pk" PRIMARY KEY("rule_id","force_id","role","rank","band")
);
--> statement-breakpoint
ALTER TABLE "signal_peer_threshold" ADD CONSTRAINT "signal_peer_threshold_rule_id_signal_rule_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."signal_rule"("id") ON DELETE cascade ON UPDATE no action;