-- Submitted service versions are history: the content, its pre-check results and who submitted
-- it never change; only the decision columns may be filled in, and nothing may be deleted.
CREATE OR REPLACE FUNCTION fuwu_service_version_frozen() RETURNS trigger AS $$
BEGIN
  IF NEW.content IS DISTINCT FROM OLD.content OR NEW.prechecks IS DISTINCT FROM OLD.prechecks
     OR NEW.version IS DISTINCT FROM OLD.version OR NEW.service_id IS DISTINCT FROM OLD.service_id
     OR NEW.submitted_at IS DISTINCT FROM OLD.submitted_at OR NEW.submitted_by IS DISTINCT FROM OLD.submitted_by THEN
    RAISE EXCEPTION 'service version % is immutable', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.decision IS NOT NULL AND NEW.decision IS DISTINCT FROM OLD.decision THEN
    RAISE EXCEPTION 'service version % is already decided', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS service_versions_frozen ON service_versions;
--> statement-breakpoint
CREATE TRIGGER service_versions_frozen BEFORE UPDATE ON service_versions
  FOR EACH ROW EXECUTE FUNCTION fuwu_service_version_frozen();
--> statement-breakpoint
DROP TRIGGER IF EXISTS service_versions_no_delete ON service_versions;
--> statement-breakpoint
CREATE TRIGGER service_versions_no_delete BEFORE DELETE ON service_versions
  FOR EACH ROW EXECUTE FUNCTION fuwu_refuse_change();
