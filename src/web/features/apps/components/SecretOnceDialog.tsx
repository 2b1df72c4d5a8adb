import { Modal, Typography } from 'antd';
import { Alert } from '../../../components/Alert';
import { useTranslation } from '../../../i18n';

/** The app secret in a dialog, with a copy button (SecretOnce loads it). */
export default function SecretOnceDialog({
  secret,
  onClose,
}: {
  secret: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('apps.secretOnce.title')}
      onOk={onClose}
      onCancel={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('apps.secretOnce.done')}
    >
      <Alert
        type="warning"
        showIcon
        title={t('apps.secretOnce.warning')}
        style={{ marginBottom: 16 }}
      />
      <Typography.Paragraph copyable={{ text: secret ?? '' }} code data-testid="app-secret-once">
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
