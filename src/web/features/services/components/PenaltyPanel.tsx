import { Flex } from 'antd';
import { Alert } from '../../../components/Alert';
import { lazy, Suspense } from 'react';
import { Card } from '../../../components/Card';
import { useMessage } from '../../../components/message';
import { useTranslation } from '../../../i18n';
import { useLiftPenalty } from '../api/penalties';
import { useErrorText, type OpsServiceDetail } from '../deps';
import { LiftControl } from './LiftControl';
import { PenaltyHistoryTable } from './StandingHistory';

const ProviderPenaltyPanel = lazy(() => import('./ProviderPenaltyPanel'));

/**
 * The operator's view of a service's penalties: lift a hide or a freeze (with a reason), the
 * history with what was lifted, and the provider-level penalties of its provider.
 */
export function PenaltyPanel({ service: s }: { service: OpsServiceDetail }) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const errorText = useErrorText();
  const lift = useLiftPenalty(s.id);
  const liftable = (['hide', 'freeze'] as const).filter((k) =>
    k === 'hide' ? s.hidden : s.frozen,
  );
  return (
    <>
      <Card title={t('services.penaltyPanel.title')} data-testid="ops-penalty-panel">
        <Flex vertical gap={12}>
          {s.purged ? (
            <Alert type="warning" showIcon title={t('services.penaltyPanel.purgeFinal')} />
          ) : (
            liftable.map((k) => (
              <LiftControl
                key={k}
                label={t(`services.penalty.${k}`)}
                testId={`ops-penalty-lift-${k}`}
                loading={lift.isPending}
                onLift={(reason, done) =>
                  lift.mutate(
                    { kind: k, reason },
                    {
                      onSuccess: () => {
                        done();
                        void message.success(t('services.penaltyPanel.lifted'));
                      },
                      onError: (e) => void message.error(errorText(e)),
                    },
                  )
                }
              />
            ))
          )}
          {!s.purged && liftable.length === 0 && (
            <span>{t('services.penaltyPanel.noneLiftable')}</span>
          )}
          <PenaltyHistoryTable
            rows={s.penalties}
            kindLabel={(r) => t(`services.penalty.${r.kind}`)}
          />
        </Flex>
      </Card>
      <Suspense fallback={null}>
        <ProviderPenaltyPanel providerId={s.providerId} companyName={s.companyName} />
      </Suspense>
    </>
  );
}
