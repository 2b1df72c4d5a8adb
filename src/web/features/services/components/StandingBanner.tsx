import { Alert, Flex } from 'antd';
import { useTranslation } from '../../../i18n';
import { useMyStanding } from '../api/penalties';

/** The provider's console: any provider-level penalty in force, with the operator's reason. */
export function StandingBanner() {
  const { t } = useTranslation();
  const s = useMyStanding().data;
  if (!s) return null;
  const active = s.penalties.filter(
    (p) =>
      !p.liftedAt &&
      (p.kind === 'revoke_category' ||
        (p.kind === 'expel' && s.expelled) ||
        (p.kind === 'freeze_publishing' && s.publishingFrozen)),
  );
  if (!active.length) return null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }} data-testid="provider-standing">
      {active.map((p) => (
        <Alert
          key={`${p.kind}-${p.at}`}
          type={p.kind === 'expel' ? 'error' : 'warning'}
          showIcon
          data-testid={`provider-standing-${p.kind}`}
          title={t(`services.standing.${p.kind}`, { category: p.categoryName ?? '' })}
          description={t('services.standing.reason', { reason: p.reason })}
        />
      ))}
    </Flex>
  );
}
