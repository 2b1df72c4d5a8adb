import { Col, Empty, Flex, Image, Row, Space } from 'antd';
import { Descriptions } from '../../../components/Descriptions';
import { Alert } from '../../../components/Alert';
import { Tag } from '../../../components/Tag';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { Link, useParams } from 'react-router';
import { useMarketService } from '../api/market';
import { BuyPanel } from '../components/BuyPanel';
import { PackagesTable } from '../components/PackagesTable';
import { PageSpinner } from '../deps';

/** The merchant view of a service (服务访问地址): its live version only. */
export default function MarketServicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const service = useMarketService(id);
  if (service.isPending) return <PageSpinner />;
  if (service.isError)
    return (
      <Empty description={t('services.market.unavailable')} data-testid="market-service-missing">
        <Link to="/market">{t('common.backHome')}</Link>
      </Empty>
    );
  const s = service.data;
  return (
    <Flex vertical gap={16} data-testid="market-service">
      <Card>
        <Row gutter={24}>
          <Col xs={24} md={8}>
            <Image.PreviewGroup>
              {s.mainImageUrl && (
                <Image
                  src={s.mainImageUrl}
                  width="100%"
                  alt={s.name}
                  data-testid="market-service-image"
                />
              )}
              <Space wrap style={{ marginTop: 8 }}>
                {s.galleryUrls.map((u) => (
                  <Image key={u} src={u} width={72} height={72} />
                ))}
              </Space>
            </Image.PreviewGroup>
          </Col>
          <Col xs={24} md={16}>
            <Typography.Title level={3} data-testid="market-service-name">
              {s.name}
            </Typography.Title>
            <Typography.Paragraph type="secondary" data-testid="market-service-short">
              {s.shortDescription}
            </Typography.Paragraph>
            <Space wrap style={{ marginBottom: 12 }}>
              <Tag color="blue">{t(`serviceType.${s.serviceType}`)}</Tag>
              {s.tags.map((x) => (
                <Tag key={x}>{x}</Tag>
              ))}
            </Space>
            {!s.orderable && (
              <Alert
                type="warning"
                showIcon
                title={t('services.market.frozen')}
                style={{ marginBottom: 12 }}
                data-testid="market-service-frozen"
              />
            )}
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'provider',
                  label: t('services.market.provider'),
                  children: <span data-testid="market-service-provider">{s.providerName}</span>,
                },
                { key: 'category', label: t('services.field.category'), children: s.categoryName },
                {
                  key: 'classification',
                  label: t('services.field.classification'),
                  children: s.classification,
                },
              ]}
            />
          </Col>
        </Row>
      </Card>
      <Card title={t('services.market.packages')}>
        <PackagesTable packages={s.packages} />
      </Card>
      <BuyPanel service={s} />
      <Card title={t('services.field.description')}>
        {/* sanitized on the server (sanitize-html) before it is stored */}
        <Typography>
          <div
            dangerouslySetInnerHTML={{ __html: s.descriptionHtml }}
            data-testid="market-service-description"
          />
        </Typography>
      </Card>
    </Flex>
  );
}
