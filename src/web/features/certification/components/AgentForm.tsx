import { Button, Form } from 'antd';
import { Input } from '../../../components/Input';
import { useTranslation } from '../../../i18n';
import { useSubmitAgent, type AgentBody } from '../api/submit-agent';
import { uploadCertFile } from '../api/upload-cert-file';
import { applyFieldErrors, ErrorAlert, FileUpload } from '../deps';

const a = 'certification.agent';
type FileField = 'idFrontFileId' | 'idBackFileId' | 'attorneyFileId';

function CertFile(props: {
  field: FileField;
  testId: string;
  value?: string;
  onChange?: (id: string) => void;
}) {
  const attorney = props.field === 'attorneyFileId';
  return (
    <FileUpload
      value={props.value}
      onChange={props.onChange}
      upload={(file) => uploadCertFile(attorney ? 'attorney' : 'id-image', file)}
      field={props.field}
      accept={attorney ? '.pdf,image/png,image/jpeg' : 'image/png,image/jpeg'}
      testId={props.testId}
    />
  );
}

/** 代理人认证: the agent's identity, both sides of the ID card, and the company's power of attorney. */
export function AgentForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<AgentBody>();
  const submit = useSubmitAgent();
  const required = [{ required: true, message: t('validation.required') }];
  return (
    <Form
      form={form}
      layout="vertical"
      style={{ maxWidth: 480 }}
      onFinish={(v) => submit.mutate(v, { onError: (e) => applyFieldErrors(form, e) })}
    >
      <ErrorAlert error={submit.error} />
      <Form.Item name="agentName" label={t(`${a}.name`)} rules={required}>
        <Input maxLength={50} data-testid="agent-name" />
      </Form.Item>
      <Form.Item name="agentIdNumber" label={t(`${a}.idNumber`)} rules={required}>
        <Input maxLength={18} data-testid="agent-id-number" />
      </Form.Item>
      <Form.Item name="idFrontFileId" label={t(`${a}.idFront`)} rules={required}>
        <CertFile field="idFrontFileId" testId="agent-id-front" />
      </Form.Item>
      <Form.Item name="idBackFileId" label={t(`${a}.idBack`)} rules={required}>
        <CertFile field="idBackFileId" testId="agent-id-back" />
      </Form.Item>
      <Form.Item
        name="attorneyFileId"
        label={t(`${a}.attorney`)}
        extra={t(`${a}.attorneyHint`)}
        rules={required}
      >
        <CertFile field="attorneyFileId" testId="agent-attorney" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={submit.isPending}
        data-testid="cert-submit-agent"
      >
        {t(`${a}.submit`)}
      </Button>
    </Form>
  );
}
