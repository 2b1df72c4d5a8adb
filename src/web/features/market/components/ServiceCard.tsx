import { Flex } from 'antd';
import { Tag } from '../../../components/Tag';
import { Stars } from '../../../components/Stars';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { Link } from 'react-router';
import { formatFen, type MarketListing } from '../deps';

/** A result card; it links to the service page (its access URL). */
export function ServiceCard({ s }: { s: MarketListing }) {
  const { t } = useTranslation();
  return (
    <Link to={`/market/services/${s.id}`} data-testid={`market-result-${s.id}`}>
      <Card
        hoverable
        size="small"
        cover={
          s.mainImageUrl ? (
            <img src={s.mainImageUrl} alt={s.name} style={{ height: 140, objectFit: 'cover' }} />
          ) : undefined
        }
      >
        <Card.Meta
          title={<span data-testid="market-result-name">{s.name}</span>}
          description={
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              {s.shortDescription}
            </Typography.Paragraph>
          }
        />
        <Flex wrap gap={4} style={{ marginTop: 8 }}>
          <Tag color="blue">{t(`serviceType.${s.serviceType}`)}</Tag>
          {s.hasTrial && <Tag color="green">{t('market.trial')}</Tag>}
          {!s.orderable && <Tag color="orange">{t('market.frozen')}</Tag>}
        </Flex>
        <Flex justify="space-between" align="center" style={{ marginTop: 8 }}>
          <Typography.Text strong>
            {t('market.fromPrice', { amount: formatFen(s.minPriceFen) })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('market.sales', { count: s.salesCount })}
          </Typography.Text>
        </Flex>
        <Flex justify="space-between" align="center">
          {s.rating === null ? (
            <Typography.Text type="secondary">{t('market.noRating')}</Typography.Text>
          ) : (
            <Stars value={s.rating} style={{ fontSize: 12 }} />
          )}
          <Typography.Text type="secondary" ellipsis>
            {s.providerName}
          </Typography.Text>
        </Flex>
      </Card>
    </Link>
  );
}
