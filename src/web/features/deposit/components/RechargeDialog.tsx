import { Descriptions, Modal, Typography } from 'antd';
import { Alert } from '../../../components/Alert';
import { useTranslation } from '../../../i18n';
import { ErrorAlert, PageSpinner } from '../deps';
import { useRemittance } from '../api/offline';

/** 保证金账户充值: the collection account and this provider's remittance reference. */
export function RechargeDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const remit = useRemittance(open);
  return (
    <Modal
      open={open}
      title={t('deposit.rechargeTitle')}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ hidden: true }}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('deposit.rechargeWarning')}
      />
      <ErrorAlert error={remit.error} />
      {remit.data ? (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('deposit.accountName')}>
            {remit.data.accountName}
          </Descriptions.Item>
          <Descriptions.Item label={t('deposit.bankName')}>{remit.data.bankName}</Descriptions.Item>
          <Descriptions.Item label={t('deposit.accountNo')}>
            {remit.data.accountNo}
          </Descriptions.Item>
          <Descriptions.Item label={t('deposit.reference')}>
            <Typography.Text strong copyable data-testid="deposit-reference">
              {remit.data.code}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <PageSpinner />
      )}
      <p style={{ marginTop: 12 }}>{t('deposit.rechargeArrival')}</p>
    </Modal>
  );
}
