import { Button, Form, Modal, Space } from 'antd';
import { Input } from '../../../components/Input';
import { useMessage } from '../../../components/message';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useDecide, type Decision } from '../api/decide';
import { applyFieldErrors, ErrorAlert, useErrorText } from '../deps';

const r = 'qualifications.review';

/** Approve, or reject with a reason (required); `prefix` names the test ids. */
export function DecisionBar({
  queue,
  id,
  prefix,
}: {
  queue: Decision['queue'];
  id: string;
  prefix: string;
}) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const errorText = useErrorText();
  const decide = useDecide();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const approve = () =>
    decide.mutate(
      { queue, id, decision: 'approve' },
      {
        onSuccess: () => void message.success(t(`${r}.approved`)),
        onError: (e) => void message.error(errorText(e)),
      },
    );
  const reject = ({ reason }: { reason: string }) =>
    decide.mutate(
      { queue, id, decision: 'reject', reason },
      {
        onSuccess: () => {
          setOpen(false);
          form.resetFields();
        },
        onError: (e) => applyFieldErrors(form, e),
      },
    );

  return (
    <>
      <Space>
        <Button
          type="primary"
          loading={decide.isPending}
          onClick={approve}
          data-testid={`${prefix}-approve`}
        >
          {t(`${r}.approve`)}
        </Button>
        <Button danger onClick={() => setOpen(true)} data-testid={`${prefix}-reject`}>
          {t(`${r}.reject`)}
        </Button>
      </Space>
      <Modal
        open={open}
        title={t(`${r}.rejectTitle`)}
        onCancel={() => setOpen(false)}
        okText={t(`${r}.confirmReject`)}
        okButtonProps={{
          danger: true,
          loading: decide.isPending,
          ...{ 'data-testid': 'reject-confirm' },
        }}
        onOk={() => form.submit()}
      >
        <ErrorAlert error={decide.error} />
        <Form form={form} layout="vertical" onFinish={reject}>
          <Form.Item
            name="reason"
            label={t(`${r}.reason`)}
            rules={[{ required: true, whitespace: true, message: t(`${r}.reasonRequired`) }]}
          >
            <Input.TextArea rows={3} maxLength={500} data-testid="reject-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
