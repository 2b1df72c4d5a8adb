import { Flex } from 'antd';
import { Tag } from '../../../components/Tag';
import { useTranslation } from '../../../i18n';
import type { ServiceSummary } from '../deps';

const reviewColor = {
  draft: 'default',
  in_review: 'processing',
  rejected: 'error',
  approved: 'success',
};
const listingColor = {
  unlisted: 'default',
  pending_listing: 'warning',
  listed: 'green',
  delisted: 'default',
};

/** Where a service stands: its review, its listing and any penalty, as tags. */
export function StateTags({
  s,
}: {
  s: Pick<ServiceSummary, 'review' | 'listing' | 'hidden' | 'frozen' | 'purged'>;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} align="center" wrap data-testid="service-state">
      {s.listing !== 'unlisted' && (
        <Tag color={listingColor[s.listing]} data-testid="service-listing">
          {t(`services.listing.${s.listing}`)}
        </Tag>
      )}
      {(s.listing === 'unlisted' || s.review !== 'approved') && (
        <Tag color={reviewColor[s.review]} data-testid="service-review">
          {t(`services.review.${s.review}`)}
        </Tag>
      )}
      {s.hidden && <Tag color="red">{t('services.penalty.hide')}</Tag>}
      {s.frozen && <Tag color="red">{t('services.penalty.freeze')}</Tag>}
      {s.purged && <Tag color="red">{t('services.penalty.purge')}</Tag>}
    </Flex>
  );
}
