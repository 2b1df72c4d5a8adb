-- Submitted qualification and certification versions are history, like onboarding versions:
-- only the decision columns may change, and nothing may be deleted.
CREATE OR REPLACE FUNCTION fuwu_qualification_version_frozen() RETURNS trigger AS $$
BEGIN
  IF NEW.requirements IS DISTINCT FROM OLD.requirements OR NEW.materials IS DISTINCT FROM OLD.materials
     OR NEW.version IS DISTINCT FROM OLD.version OR NEW.application_id IS DISTINCT FROM OLD.application_id THEN
    RAISE EXCEPTION 'qualification version % is immutable', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER qualification_versions_frozen BEFORE UPDATE ON qualification_versions
  FOR EACH ROW EXECUTE FUNCTION fuwu_qualification_version_frozen();
--> statement-breakpoint
CREATE TRIGGER qualification_versions_no_delete BEFORE DELETE ON qualification_versions
  FOR EACH ROW EXECUTE FUNCTION fuwu_refuse_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION fuwu_certification_version_frozen() RETURNS trigger AS $$
BEGIN
  IF NEW.data IS DISTINCT FROM OLD.data OR NEW.method IS DISTINCT FROM OLD.method
     OR NEW.version IS DISTINCT FROM OLD.version OR NEW.certification_id IS DISTINCT FROM OLD.certification_id THEN
    RAISE EXCEPTION 'certification version % is immutable', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER certification_versions_frozen BEFORE UPDATE ON certification_versions
  FOR EACH ROW EXECUTE FUNCTION fuwu_certification_version_frozen();
--> statement-breakpoint
CREATE TRIGGER certification_versions_no_delete BEFORE DELETE ON certification_versions
  FOR EACH ROW EXECUTE FUNCTION fuwu_refuse_change();
--> statement-breakpoint
-- Installs seeded before the column existed: the two 产业带运营 categories ask for their own proofs.
UPDATE categories SET proof_kind = 'incubation'
  WHERE platform = 'kuaishou' AND group_name = '产业带运营' AND name = '陪跑运营' AND proof_kind IS NULL;
--> statement-breakpoint
UPDATE categories SET proof_kind = 'outreach'
  WHERE platform = 'kuaishou' AND group_name = '产业带运营' AND name = '线索地推' AND proof_kind IS NULL;
