import { Form, Modal } from 'antd';
import { Input } from '../../../components/Input';
import { useMessage } from '../../../components/message';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useDecideService } from '../api/ops';
import { useErrorText } from '../deps';

/** The reason of a rejection, then the decision; the review page loads it when opened. */
export default function RejectVersionDialog({
  serviceId,
  versionId,
  onClose,
}: {
  serviceId: string;
  versionId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const errorText = useErrorText();
  const decide = useDecideService(serviceId);
  const [reason, setReason] = useState('');
  return (
    <Modal
      open
      title={t('services.ops.rejectTitle')}
      okText={t('services.ops.reject')}
      okButtonProps={{
        danger: true,
        disabled: !reason.trim(),
        loading: decide.isPending,
        'data-testid': 'ops-service-reject-confirm',
      }}
      onCancel={onClose}
      onOk={() =>
        decide.mutate(
          { decision: 'reject', versionId, reason: reason.trim() },
          {
            onSuccess: () => {
              onClose();
              void message.success(t('services.ops.rejected'));
            },
            onError: (e) => void message.error(errorText(e)),
          },
        )
      }
    >
      <Form layout="vertical">
        <Form.Item label={t('services.ops.reason')} required>
          <Input.TextArea
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="ops-service-reject-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
