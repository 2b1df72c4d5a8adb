import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';

/** A reason and a "lift" button: lifting, like applying, needs a reason (at least 2 characters). */
export function LiftControl({
  label,
  testId,
  loading,
  onLift,
}: {
  label: string;
  testId: string;
  loading: boolean;
  onLift: (reason: string, done: () => void) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Space wrap>
      <span>{label}</span>
      <Input
        placeholder={t('services.penaltyPanel.liftReason')}
        style={{ width: 280 }}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        data-testid={`${testId}-reason`}
      />
      <Button
        disabled={reason.trim().length < 2}
        loading={loading}
        data-testid={testId}
        onClick={() => onLift(reason.trim(), () => setReason(''))}
      >
        {t('services.penaltyPanel.lift')}
      </Button>
    </Space>
  );
}
