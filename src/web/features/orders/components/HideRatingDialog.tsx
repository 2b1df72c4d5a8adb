import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Modal } from 'antd';
import { Input } from '../../../components/Input';
import { useTranslation } from '../../../i18n';
import { apiRequest, ErrorAlert } from '../deps';

/**
 * Hides a rating with a reason (audited). Its own chunk, loaded when an operator clicks 隐藏:
 * Modal and Form are not on the ratings list's first paint.
 */
export default function HideRatingDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const hide = useMutation({
    mutationFn: (reason: string) =>
      apiRequest(`/api/ops/ratings/${id}/hide`, { method: 'POST', body: { reason } }),
    onSuccess: () => {
      onClose();
      void qc.invalidateQueries({ queryKey: ['orders', 'ops-ratings'] });
    },
  });
  return (
    <Modal
      open
      title={t('orders.opsRatings.hide')}
      okText={t('orders.opsRatings.hide')}
      okButtonProps={{ danger: true, loading: hide.isPending }}
      onCancel={onClose}
      onOk={() => void form.submit()}
      destroyOnHidden
    >
      {hide.isError && <ErrorAlert error={hide.error} />}
      <Form form={form} layout="vertical" onFinish={(v) => hide.mutate(v.reason)}>
        <Form.Item
          name="reason"
          label={t('orders.opsRatings.reason')}
          rules={[{ required: true, min: 2, message: t('orders.opsRatings.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="ops-rating-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
