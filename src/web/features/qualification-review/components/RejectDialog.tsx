import { Form, Modal } from 'antd';
import { Input } from '../../../components/Input';
import { useTranslation } from '../../../i18n';
import { useDecide, type Decision } from '../api/decide';
import { applyFieldErrors, ErrorAlert } from '../deps';

const r = 'qualifications.review';

/** The reason of a rejection (required), then the decision; DecisionBar loads it when opened. */
export default function RejectDialog({
  queue,
  id,
  onClose,
}: {
  queue: Decision['queue'];
  id: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const decide = useDecide();
  const [form] = Form.useForm<{ reason: string }>();
  const reject = ({ reason }: { reason: string }) =>
    decide.mutate(
      { queue, id, decision: 'reject', reason },
      { onSuccess: onClose, onError: (e) => applyFieldErrors(form, e) },
    );
  return (
    <Modal
      open
      title={t(`${r}.rejectTitle`)}
      onCancel={onClose}
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
  );
}
