import { Button, Flex, Form } from 'antd';
import { useMessage } from '../../../components/message';
import { Steps } from '../../../components/Steps';
import { Card } from '../../../components/Card';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useSaveDraft } from '../api/save-draft';
import { useSubmitOnboarding } from '../api/submit-onboarding';
import { applyFieldErrors, ErrorAlert, isApiError, type OnboardingDraft } from '../deps';
import { WizardCompanyStep } from './WizardCompanyStep';
import { WizardConfirmStep } from './WizardConfirmStep';
import { WizardContactStep, WizardLegalRepStep } from './WizardPersonSteps';
import {
  firstStepWith,
  toDraft,
  toFormValues,
  wizardSteps,
  type WizardValues,
} from './wizard-values';

interface Props {
  draft: OnboardingDraft;
  /** The name of the licence file in the draft, if any. */
  licenceName?: string;
  /** Reasons of the last rejection, per field: shown as each field's error until edited. */
  fieldReasons?: Record<string, string>;
  reviewRequired: boolean;
}

/** 企业信息 → 法人信息 → 联系信息 → 确认提交; every step change saves the draft. */
export function OnboardingWizard({ draft, licenceName, fieldReasons = {}, reviewRequired }: Props) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const [form] = Form.useForm<WizardValues>();
  const [initialValues] = useState(() => toFormValues(draft));
  const [step, setStep] = useState(() => firstStepWith(Object.keys(fieldReasons)) ?? 0);
  const [error, setError] = useState<unknown>(null);
  const save = useSaveDraft();
  const submit = useSubmitOnboarding();
  const busy = save.isPending || submit.isPending;

  const [initialReasons] = useState(fieldReasons);
  useEffect(() => {
    const entries = Object.entries(initialReasons);
    form.setFields(
      entries.map(([name, reason]) => ({ name: name as keyof WizardValues, errors: [reason] })),
    );
  }, [form, initialReasons]);

  /** Shows the error; with per-field messages, goes to the first step that has one. */
  const showError = (e: unknown) => {
    setError(e);
    const fields = applyFieldErrors(form, e);
    const target = firstStepWith(fields);
    if (target !== null) setStep(target);
  };

  const saveDraft = async (): Promise<boolean> => {
    setError(null);
    try {
      await save.mutateAsync(toDraft(form.getFieldsValue(true)));
      return true;
    } catch (e) {
      showError(e);
      return false;
    }
  };

  const onNext = async () => {
    if (await saveDraft()) setStep((s) => Math.min(s + 1, wizardSteps.length - 1));
  };
  const onSave = async () => {
    if (await saveDraft()) void message.success(t('onboarding.wizard.saved'));
  };
  const onSubmit = async () => {
    if (!(await saveDraft())) return;
    try {
      await submit.mutateAsync();
    } catch (e) {
      showError(e);
      if (!isApiError(e) || !e.fields) window.scrollTo({ top: 0 });
    }
  };

  const last = step === wizardSteps.length - 1;
  return (
    <Card>
      <Steps
        current={step}
        style={{ marginBottom: 24 }}
        items={wizardSteps.map((s) => ({
          title: t(`onboarding.step.${s.key}`),
          status:
            s.fields.some((f) => f in fieldReasons) && s.key !== 'confirm' ? 'error' : undefined,
        }))}
      />
      <ErrorAlert error={error} testId="wizard-error" />
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ flex: '180px' }}
        labelWrap
        initialValues={initialValues}
        style={{ maxWidth: 720 }}
      >
        <div hidden={step !== 0}>
          <WizardCompanyStep onLicenceUploaded={() => void saveDraft()} licenceName={licenceName} />
        </div>
        <div hidden={step !== 1}>
          <WizardLegalRepStep />
        </div>
        <div hidden={step !== 2}>
          <WizardContactStep />
        </div>
        {last && <WizardConfirmStep values={form.getFieldsValue(true)} />}
      </Form>
      <Flex gap={8} justify="center" style={{ marginTop: 24 }}>
        {step > 0 && (
          <Button onClick={() => setStep((s) => s - 1)} disabled={busy} data-testid="wizard-prev">
            {t('onboarding.wizard.prev')}
          </Button>
        )}
        <Button onClick={() => void onSave()} loading={save.isPending} data-testid="wizard-save">
          {t('onboarding.wizard.save')}
        </Button>
        {last ? (
          <Button
            type="primary"
            onClick={() => void onSubmit()}
            loading={busy}
            data-testid="wizard-submit"
          >
            {reviewRequired ? t('onboarding.wizard.submit') : t('onboarding.wizard.submitDirect')}
          </Button>
        ) : (
          <Button
            type="primary"
            onClick={() => void onNext()}
            loading={busy}
            data-testid="wizard-next"
          >
            {t('onboarding.wizard.next')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
