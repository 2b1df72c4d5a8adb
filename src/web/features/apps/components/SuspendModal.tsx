import { Form, Modal } from 'antd';
import { Input } from '../../../components/Input';
import { useMessage } from '../../../components/message';
import { useTranslation } from '../../../i18n';
import { useMoveApp } from '../api/move-app';
import { applyFieldErrors } from '../deps';

/** Suspends an app with a reason (kept on the app and in the audit log). */
export function SuspendModal({
  id,
  open,
  onClose,
}: {
  id: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const [form] = Form.useForm<{ reason: string }>();
  const move = useMoveApp();
  const submit = ({ reason }: { reason: string }) =>
    move.mutate(
      { id, action: 'suspend', reason },
      {
        onSuccess: () => {
          void message.success(t('apps.ops.suspendDone'));
          onClose();
        },
        onError: (e) => applyFieldErrors(form, e),
      },
    );
  return (
    <Modal
      open={open}
      title={t('apps.ops.suspend')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={move.isPending}
      okButtonProps={{ danger: true }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="reason"
          label={t('apps.ops.reason')}
          rules={[{ required: true, message: t('apps.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="ops-suspend-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
