import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Modal, Rate } from 'antd';
import { Input } from '../../../components/Input';
import { useTranslation } from '../../../i18n';
import { apiRequest, ErrorAlert } from '../deps';

/**
 * Rates a subscription: stars and a review. Its own chunk, loaded when a merchant clicks 评价:
 * Modal, Form and Rate are not on 我的服务's first paint.
 */
export default function RateDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ stars: number; body: string }>();
  const rate = useMutation({
    mutationFn: (v: { stars: number; body: string }) =>
      apiRequest(`/api/market/subscriptions/${id}/rating`, { method: 'POST', body: v }),
    onSuccess: () => {
      onClose();
      void qc.invalidateQueries({ queryKey: ['orders'] });
    },
  });
  return (
    <Modal
      open
      title={t('orders.my.rate')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={rate.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => rate.mutate(v)}>
        <Form.Item name="stars" label={t('orders.field.stars')} rules={[{ required: true }]}>
          <Rate />
        </Form.Item>
        <Form.Item name="body" label={t('orders.field.review')} rules={[{ required: true }]}>
          <Input.TextArea maxLength={500} />
        </Form.Item>
      </Form>
      {rate.isError && <ErrorAlert error={rate.error} />}
    </Modal>
  );
}
