import { Collapse, Flex } from 'antd';
import { Tag } from '../../../components/Tag';
import { Typography } from '../../../components/Typography';
import { useTranslation } from '../../../i18n';
import type { ReviewVersion } from '../api/get-review';
import { formatDateTime, OnboardingFieldsView } from '../deps';

function DecisionTag({ decision }: { decision: ReviewVersion['decision'] }) {
  const { t } = useTranslation();
  if (decision === 'approved') return <Tag color="success">{t('review.decision.approved')}</Tag>;
  if (decision === 'rejected') return <Tag color="error">{t('review.decision.rejected')}</Tag>;
  return <Tag color="processing">{t('review.decision.pending')}</Tag>;
}

/** Every submitted version, newest first, each with its decision and reasons. */
export function VersionHistory({ versions }: { versions: ReviewVersion[] }) {
  const { t } = useTranslation();
  const newestFirst = [...versions].reverse();
  return (
    <Collapse
      items={newestFirst.map((v) => ({
        key: String(v.version),
        label: (
          <Flex gap={12} align="center" wrap data-testid={`version-${v.version}`}>
            <Typography.Text strong>{t('review.versionN', { n: v.version })}</Typography.Text>
            <DecisionTag decision={v.decision} />
            <Typography.Text type="secondary">
              {t('review.submittedAt', { at: formatDateTime(v.submittedAt) })}
            </Typography.Text>
            {v.decidedAt && (
              <Typography.Text type="secondary">
                {t('review.decidedAt', { at: formatDateTime(v.decidedAt) })}
              </Typography.Text>
            )}
          </Flex>
        ),
        children: (
          <>
            {v.reason && (
              <Typography.Paragraph type="danger">
                {t('review.reasonLine', { reason: v.reason })}
              </Typography.Paragraph>
            )}
            <OnboardingFieldsView data={v.data} fieldReasons={v.fieldReasons} />
          </>
        ),
      }))}
    />
  );
}
