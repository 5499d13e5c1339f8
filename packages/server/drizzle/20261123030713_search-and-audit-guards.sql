-- Accent-insensitive search on the organisation tree. unaccent() is only STABLE
-- (it reads a dictionary), so an IMMUTABLE wrapper pinned to its dictionary is
-- needed to index the expression.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION jalon_search_text(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));
--> statement-breakpoint
CREATE INDEX org_unit_search_idx ON org_unit
  USING gin (jalon_search_text(name || ' ' || coalesce(short_name, '') || ' ' || coalesce(finess, '')) gin_trgm_ops);
--> statement-breakpoint
-- The audit trail is append-only: the database refuses to rewrite history,
-- whatever the application does.
CREATE OR REPLACE FUNCTION jalon_audit_is_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_event_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION jalon_audit_is_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION jalon_audit_is_append_only();
