-- The audit log and the onboarding versions are history: refuse updates and deletes of audit rows,
-- and any change to a submitted version's data.
CREATE OR REPLACE FUNCTION fuwu_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'append-only table %: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_logs_append_only BEFORE UPDATE OR DELETE ON audit_logs
  FOR EACH ROW EXECUTE FUNCTION fuwu_refuse_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION fuwu_version_data_frozen() RETURNS trigger AS $$
BEGIN
  IF NEW.data IS DISTINCT FROM OLD.data OR NEW.version IS DISTINCT FROM OLD.version
     OR NEW.application_id IS DISTINCT FROM OLD.application_id THEN
    RAISE EXCEPTION 'onboarding version % is immutable', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER onboarding_versions_frozen BEFORE UPDATE ON onboarding_versions
  FOR EACH ROW EXECUTE FUNCTION fuwu_version_data_frozen();
--> statement-breakpoint
CREATE TRIGGER onboarding_versions_no_delete BEFORE DELETE ON onboarding_versions
  FOR EACH ROW EXECUTE FUNCTION fuwu_refuse_change();
