CREATE TABLE "login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone DEFAULT now() NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "last_failed_login_at" timestamp with time zone;--> statement-breakpoint
-- Tokens created before expiry existed get the default lifetime from now, rather than living forever.
UPDATE "api_token" SET "expires_at" = now() + interval '90 days' WHERE "expires_at" IS NULL AND "revoked_at" IS NULL;
