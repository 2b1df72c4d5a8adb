import { Button, Flex, Form } from 'antd';
import { Divider } from '../../../components/Divider';
import { Checkbox } from '../../../components/Checkbox';
import { Input } from '../../../components/Input';
import { useMessage } from '../../../components/message';
import { Typography } from '../../../components/Typography';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useSaveMaterials } from '../api/save-materials';
import { useSubmitApplication } from '../api/submit-application';
import { uploadMaterial } from '../api/upload-material';
import {
  applyFieldErrors,
  FileUpload,
  type Materials,
  type QualificationDetail,
  type UploadedFile,
} from '../deps';
import { CaseStudiesField } from './CaseStudiesField';
import { FieldErrorsAlert } from './FieldErrorsAlert';
import { IncubationProofsField } from './IncubationProofsField';
import { OutreachProofsField } from './OutreachProofsField';

const f = 'qualifications.form';
type Req = QualificationDetail['requirements'];

/** The draft, with enough empty rows to show how many proofs and cases are asked for. */
function initialValues(req: Req, draft: Materials): Materials {
  const rows = <T,>(list: T[] | null | undefined, min: number, make: () => T) => {
    const out = [...(list ?? [])];
    while (out.length < min) out.push(make());
    return out;
  };
  return {
    ...draft,
    incubationProofs:
      req.proofKind === 'incubation' ? rows(draft.incubationProofs, 3, () => ({})) : undefined,
    outreachProofFileIds:
      req.proofKind === 'outreach' ? rows(draft.outreachProofFileIds, 1, () => '') : undefined,
    caseStudies: req.minCaseStudies
      ? rows(draft.caseStudies, req.minCaseStudies, () => ({}))
      : undefined,
  };
}

function DocUpload(props: {
  kind: 'deck' | 'document';
  field: 'deckFileId' | 'mrdPrdFileId';
  files: Record<string, UploadedFile>;
  value?: string | null;
  onChange?: (id: string) => void;
}) {
  return (
    <FileUpload
      value={props.value}
      onChange={props.onChange}
      upload={(file) => uploadMaterial(props.kind, file)}
      field={props.field}
      accept={props.kind === 'deck' ? '.pdf,.pptx' : '.pdf,.docx,.pptx,image/png,image/jpeg'}
      initialName={props.value ? props.files[props.value]?.name : undefined}
      testId={props.kind === 'deck' ? 'deck-upload' : 'mrd-upload'}
    />
  );
}

/** Asks exactly what the category requires; saves a draft or submits for review. */
export function MaterialsForm({ detail }: { detail: QualificationDetail }) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const [form] = Form.useForm<Materials>();
  const [error, setError] = useState<unknown>(null);
  const save = useSaveMaterials();
  const submit = useSubmitApplication();
  const req = detail.requirements;
  const materials = () => {
    const v = form.getFieldsValue(true) as Materials;
    return { ...v, outreachProofFileIds: v.outreachProofFileIds?.filter(Boolean) };
  };
  const onError = (e: unknown) => {
    setError(e);
    applyFieldErrors(form, e);
  };
  const onSave = () =>
    save.mutate(
      { id: detail.id, materials: materials() },
      { onSuccess: () => void message.success(t(`${f}.saved`)), onError },
    );
  const onSubmit = () => {
    setError(null);
    submit.mutate({ id: detail.id, materials: materials() }, { onError });
  };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues(req, detail.draft)}>
      <FieldErrorsAlert error={error} testId="materials-error" />
      {req.proofKind === 'incubation' && <IncubationProofsField files={detail.files} />}
      {req.proofKind === 'outreach' && <OutreachProofsField files={detail.files} />}
      {req.proofKind && (
        <>
          <Divider>{t(`${f}.profile`)}</Divider>
          {(['capability', 'team', 'cases', 'strengths'] as const).map((k) => (
            <Form.Item key={k} name={['companyProfile', k]} label={t(`${f}.${k}`)} required>
              <Input.TextArea rows={2} maxLength={2000} data-testid={`profile-${k}`} />
            </Form.Item>
          ))}
          <Form.Item name="deckFileId" label={t(`${f}.deck`)} extra={t(`${f}.deckHint`)} required>
            <DocUpload kind="deck" field="deckFileId" files={detail.files} />
          </Form.Item>
        </>
      )}
      {req.requiresMrdPrd && (
        <Form.Item name="mrdPrdFileId" label={t(`${f}.mrdPrd`)} required>
          <DocUpload kind="document" field="mrdPrdFileId" files={detail.files} />
        </Form.Item>
      )}
      {req.requiresCustomerService5x8 && (
        <Form.Item name="customerService5x8Confirmed" valuePropName="checked">
          <Checkbox data-testid="cs5x8-confirm">{t(`${f}.cs5x8`)}</Checkbox>
        </Form.Item>
      )}
      {req.minCaseStudies ? (
        <CaseStudiesField min={req.minCaseStudies} files={detail.files} />
      ) : null}
      {!req.proofKind &&
        !req.requiresMrdPrd &&
        !req.requiresCustomerService5x8 &&
        !req.minCaseStudies && (
          <Typography.Paragraph type="secondary">{t(`${f}.nothingAsked`)}</Typography.Paragraph>
        )}
      <Flex gap={12}>
        <Button onClick={onSave} loading={save.isPending} data-testid="qualification-save">
          {t(`${f}.save`)}
        </Button>
        <Button
          type="primary"
          onClick={onSubmit}
          loading={submit.isPending}
          data-testid="qualification-submit"
        >
          {t(`${f}.submit`)}
        </Button>
      </Flex>
    </Form>
  );
}
