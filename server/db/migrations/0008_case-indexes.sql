CREATE INDEX "allegation_case_idx" ON "allegation" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "allegation_tags_idx" ON "allegation" USING gin ("tags");