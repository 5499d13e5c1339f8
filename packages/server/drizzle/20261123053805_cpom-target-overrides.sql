CREATE TABLE "cpom_target_override" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"definition_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"component" text,
	"rule" jsonb NOT NULL,
	"reason" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid,
	"updated_by_name" text,
	CONSTRAINT "cpom_target_override_unique" UNIQUE NULLS NOT DISTINCT("org_unit_id","definition_id","year","component")
);
--> statement-breakpoint
ALTER TABLE "cpom_target_override" ADD CONSTRAINT "cpom_target_override_org_unit_id_establishment_org_unit_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."establishment"("org_unit_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpom_target_override" ADD CONSTRAINT "cpom_target_override_definition_id_indicator_definition_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."indicator_definition"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpom_target_override" ADD CONSTRAINT "cpom_target_override_updated_by_id_app_user_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;