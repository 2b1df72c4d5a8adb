import { Button, Flex, Space } from 'antd';
import { NativeSelect } from '../../../components/NativeSelect';
import { Alert } from '../../../components/Alert';
import { Input } from '../../../components/Input';
import { Tag } from '../../../components/Tag';
import { useState } from 'react';
import { Card } from '../../../components/Card';
import { useMessage } from '../../../components/message';
import { useTranslation } from '../../../i18n';
import { useProviderPenalty, useProviderStanding } from '../api/penalties';
import { ErrorAlert, useErrorText, type ProviderPenaltyKind } from '../deps';
import { StandingHistory } from './StandingHistory';

const KINDS: ProviderPenaltyKind[] = ['freeze_publishing', 'revoke_category', 'expel'];

/** Provider-level penalties for operators: freeze publishing (liftable), revoke a category, expel. */
export default function ProviderPenaltyPanel({
  providerId,
  companyName,
}: {
  providerId: string;
  companyName: string;
}) {
  const { t } = useTranslation();
  const { message } = useMessage();
  const errorText = useErrorText();
  const standing = useProviderStanding(providerId);
  const apply = useProviderPenalty(providerId);
  const lift = useProviderPenalty(providerId, true);
  const [kind, setKind] = useState<ProviderPenaltyKind>();
  const [categoryId, setCategoryId] = useState<string>();
  const [reason, setReason] = useState('');
  const [liftReason, setLiftReason] = useState('');
  const s = standing.data;
  const fail = (e: unknown) => void message.error(errorText(e));
  const ready = !!kind && reason.trim().length >= 2 && (kind !== 'revoke_category' || !!categoryId);
  return (
    <Card
      title={t('services.penaltyPanel.providerTitle', { company: companyName })}
      data-testid="ops-provider-penalties"
    >
      <ErrorAlert error={standing.error} />
      {s && (
        <Flex vertical gap={12}>
          <Space>
            {s.publishingFrozen && (
              <Tag color="red" data-testid="ops-provider-frozen">
                {t('services.providerPenalty.freeze_publishing')}
              </Tag>
            )}
            {s.expelled && <Tag color="red">{t('services.providerPenalty.expel')}</Tag>}
          </Space>
          {s.expelled ? (
            <Alert type="warning" showIcon title={t('services.penaltyPanel.expelFinal')} />
          ) : (
            <Space wrap align="start">
              <NativeSelect<ProviderPenaltyKind>
                placeholder={t('services.ops.penaltyKind')}
                style={{ width: 200 }}
                value={kind}
                onChange={setKind}
                data-testid="ops-provider-penalty-kind"
                options={KINDS.map((k) => ({
                  value: k,
                  label: t(`services.providerPenalty.${k}`),
                  disabled: k === 'freeze_publishing' && s.publishingFrozen,
                }))}
              />
              {kind === 'revoke_category' && (
                <NativeSelect
                  placeholder={t('services.penaltyPanel.category')}
                  style={{ width: 200 }}
                  value={categoryId}
                  onChange={setCategoryId}
                  data-testid="ops-provider-penalty-category"
                  options={s.approvedCategories.map((c) => ({
                    value: c.categoryId,
                    label: c.name,
                  }))}
                />
              )}
              <Input
                placeholder={t('services.ops.penaltyReason')}
                style={{ width: 280 }}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                data-testid="ops-provider-penalty-reason"
              />
              <Button
                danger
                disabled={!ready}
                loading={apply.isPending}
                data-testid="ops-provider-penalty-apply"
                onClick={() =>
                  apply.mutate(
                    { kind: kind!, reason: reason.trim(), categoryId },
                    {
                      onSuccess: () => {
                        setReason('');
                        setKind(undefined);
                        void message.success(t('services.ops.penalized'));
                      },
                      onError: fail,
                    },
                  )
                }
              >
                {t('services.ops.applyPenalty')}
              </Button>
            </Space>
          )}
          {s.publishingFrozen && !s.expelled && (
            <Space wrap>
              <Input
                placeholder={t('services.penaltyPanel.liftReason')}
                style={{ width: 280 }}
                value={liftReason}
                onChange={(e) => setLiftReason(e.target.value)}
                data-testid="ops-provider-lift-reason"
              />
              <Button
                disabled={liftReason.trim().length < 2}
                loading={lift.isPending}
                data-testid="ops-provider-lift"
                onClick={() =>
                  lift.mutate(
                    { kind: 'freeze_publishing', reason: liftReason.trim() },
                    {
                      onSuccess: () => {
                        setLiftReason('');
                        void message.success(t('services.penaltyPanel.lifted'));
                      },
                      onError: fail,
                    },
                  )
                }
              >
                {t('services.penaltyPanel.liftFreezePublishing')}
              </Button>
            </Space>
          )}
          <Alert type="info" showIcon title={t('services.penaltyPanel.finalNote')} />
          <StandingHistory penalties={s.penalties} />
        </Flex>
      )}
    </Card>
  );
}
