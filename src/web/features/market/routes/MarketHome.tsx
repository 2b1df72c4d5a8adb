import { Card, Col, Empty, Flex, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useListedServices } from '../api/list-services';
import { useTranslation } from 'react-i18next';
import { useCategories, type Category } from '../api/list-categories';
import { ErrorAlert, formatFen, PageSpinner } from '../deps';

const typeColors: Record<Category['type'], string> = {
  tool: 'blue',
  operation: 'purple',
  service: 'cyan',
};

function groupByGroup(items: Category[]): Array<[string, Category[]]> {
  const groups = new Map<string, Category[]>();
  for (const item of items) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  return [...groups.entries()];
}

/** The marketplace home: the catalog's categories by group, with each one's deposit. */
export default function MarketHome() {
  const { t } = useTranslation();
  const categories = useCategories();
  const services = useListedServices();
  if (categories.isPending) return <PageSpinner />;
  if (categories.isError) return <ErrorAlert error={categories.error} />;
  const groups = groupByGroup(categories.data.items);

  return (
    <>
      {(services.data?.items.length ?? 0) > 0 && (
        <>
          <Typography.Title level={2}>{t('market.servicesTitle')}</Typography.Title>
          <Row gutter={[16, 16]} style={{ marginBottom: 24 }}>
            {services.data!.items.map((s) => (
              <Col key={s.id} xs={24} md={12} xl={8}>
                <Link to={`/market/services/${s.id}`} data-testid={`market-service-card-${s.id}`}>
                  <Card
                    hoverable
                    size="small"
                    cover={
                      s.mainImageUrl ? (
                        <img
                          src={s.mainImageUrl}
                          alt={s.name}
                          style={{ height: 160, objectFit: 'cover' }}
                        />
                      ) : undefined
                    }
                  >
                    <Card.Meta title={s.name} description={s.shortDescription} />
                    <Typography.Text type="secondary">{s.providerName}</Typography.Text>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        </>
      )}
      <Typography.Title level={2}>{t('market.homeTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('market.homeIntro')}</Typography.Paragraph>
      {groups.length === 0 && <Empty description={t('market.noCategories')} />}
      <Row gutter={[16, 16]}>
        {groups.map(([group, items]) => (
          <Col key={group} xs={24} md={12} xl={8}>
            <Card title={group} size="small" data-testid={`category-group-${group}`}>
              <Flex vertical gap={8}>
                {items.map((c) => (
                  <Flex key={c.id} justify="space-between" align="center" gap={8}>
                    <span>
                      <Tag color={typeColors[c.type]}>{t(`serviceType.${c.type}`)}</Tag>
                      {c.name}
                    </span>
                    <Typography.Text type="secondary">
                      {t('market.deposit', { amount: formatFen(c.depositFen) })}
                    </Typography.Text>
                  </Flex>
                ))}
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
