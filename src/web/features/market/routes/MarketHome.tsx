import { Col, Empty, Flex, Row } from 'antd';
import { Tag } from '../../../components/Tag';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { Link } from 'react-router';
import { useTranslation } from '../../../i18n';
import { useCategories, type Category } from '../api/list-categories';
import { useMarketHome } from '../api/market';
import { SearchBox } from '../components/SearchBox';
import { ServiceCard } from '../components/ServiceCard';
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

/** The marketplace home: search, listed services by category group, and the catalog's deposits. */
export default function MarketHome() {
  const { t } = useTranslation();
  const categories = useCategories();
  const home = useMarketHome();
  if (categories.isPending) return <PageSpinner />;
  if (categories.isError) return <ErrorAlert error={categories.error} />;
  const groups = groupByGroup(categories.data.items);

  return (
    <>
      <Flex vertical gap={8} style={{ maxWidth: 640, margin: '8px auto 24px' }}>
        <SearchBox />
      </Flex>
      {home.isError && <ErrorAlert error={home.error} />}
      {(home.data?.groups.length ?? 0) > 0 && (
        <>
          <Typography.Title level={2}>{t('market.servicesTitle')}</Typography.Title>
          <Flex vertical gap={24} style={{ marginBottom: 24 }}>
            {home.data!.groups.map((g) => (
              <Card
                key={g.group}
                size="small"
                data-testid={`market-group-${g.group}`}
                title={
                  <Flex justify="space-between" wrap gap={8}>
                    <span>{t('market.groupTitle', { group: g.group, count: g.count })}</span>
                    <Flex wrap gap={4}>
                      {g.categories.map((c) => (
                        <Link key={c.id} to={`/market/search?category=${encodeURIComponent(c.id)}`}>
                          <Tag>
                            {c.name} · {c.count}
                          </Tag>
                        </Link>
                      ))}
                    </Flex>
                  </Flex>
                }
              >
                <Row gutter={[16, 16]}>
                  {g.top.map((s) => (
                    <Col key={s.id} xs={24} md={12} xl={6}>
                      <ServiceCard s={s} />
                    </Col>
                  ))}
                </Row>
              </Card>
            ))}
          </Flex>
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
                    <Link to={`/market/search?category=${encodeURIComponent(c.id)}`}>
                      <Tag color={typeColors[c.type]}>{t(`serviceType.${c.type}`)}</Tag>
                      {c.name}
                    </Link>
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
