CREATE TABLE "indicator_catalogue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"issuer" text NOT NULL,
	"edition" integer NOT NULL,
	"period_from" integer NOT NULL,
	"period_to" integer NOT NULL,
	"region_id" uuid,
	"revision" integer DEFAULT 1 NOT NULL,
	"installed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_catalogue_slug_unique" UNIQUE("slug"),
	CONSTRAINT "indicator_catalogue_period" CHECK ("indicator_catalogue"."period_from" <= "indicator_catalogue"."period_to")
);
--> statement-breakpoint
CREATE TABLE "indicator_definition" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalogue_id" uuid NOT NULL,
	"code" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid,
	"updated_by_name" text,
	CONSTRAINT "indicator_definition_code_unique" UNIQUE("catalogue_id","code")
);
--> statement-breakpoint
CREATE TABLE "indicator_definition_version" (
	"definition_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by_id" uuid,
	"changed_by_name" text,
	"note" text,
	CONSTRAINT "indicator_definition_version_definition_id_version_pk" PRIMARY KEY("definition_id","version")
);
--> statement-breakpoint
CREATE TABLE "indicator_value" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"definition_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid,
	"updated_by_name" text,
	CONSTRAINT "indicator_value_unique" UNIQUE("org_unit_id","definition_id","year")
);
--> statement-breakpoint
ALTER TABLE "indicator_catalogue" ADD CONSTRAINT "indicator_catalogue_region_id_org_unit_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."org_unit"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_definition" ADD CONSTRAINT "indicator_definition_catalogue_id_indicator_catalogue_id_fk" FOREIGN KEY ("catalogue_id") REFERENCES "public"."indicator_catalogue"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_definition" ADD CONSTRAINT "indicator_definition_updated_by_id_app_user_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_definition_version" ADD CONSTRAINT "indicator_definition_version_definition_id_indicator_definition_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."indicator_definition"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_definition_version" ADD CONSTRAINT "indicator_definition_version_changed_by_id_app_user_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_org_unit_id_establishment_org_unit_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."establishment"("org_unit_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_definition_id_indicator_definition_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."indicator_definition"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_updated_by_id_app_user_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;