import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Tag } from '../../../components/Tag';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { Table, type ColumnsType } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { Link, useNavigate } from 'react-router';
import { useMyServices } from '../api/provider';
import { StandingBanner } from '../components/StandingBanner';
import { StateTags } from '../components/StateTags';
import { ErrorAlert, formatDateTime, type ServiceSummary } from '../deps';

/** 服务列表: the provider's services with their states; "new service" starts one. */
export default function ServicesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useMyServices();
  const columns: ColumnsType<ServiceSummary> = [
    {
      title: t('services.field.name'),
      dataIndex: 'name',
      render: (name: string, s) => (
        <Link to={`/provider/services/${s.id}`} data-testid={`service-row-${s.id}`}>
          {name || t('services.untitled')}
        </Link>
      ),
    },
    { title: t('services.field.category'), dataIndex: 'categoryName' },
    {
      title: t('services.field.type'),
      dataIndex: 'serviceType',
      render: (x: ServiceSummary['serviceType']) => <Tag>{t(`serviceType.${x}`)}</Tag>,
    },
    {
      title: t('services.field.app'),
      dataIndex: 'appName',
      render: (x: string | null) => x ?? '—',
    },
    { title: t('services.col.state'), key: 'state', render: (_, s) => <StateTags s={s} /> },
    { title: t('services.col.updatedAt'), dataIndex: 'updatedAt', render: formatDateTime },
  ];
  return (
    <Card
      title={t('services.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => void navigate('/provider/services/new')}
          data-testid="service-new"
        >
          {t('services.new')}
        </Button>
      }
    >
      <StandingBanner />
      <Typography.Paragraph type="secondary">{t('services.intro')}</Typography.Paragraph>
      <ErrorAlert error={list.error} />
      <Table
        rowKey="id"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={false}
      />
    </Card>
  );
}
