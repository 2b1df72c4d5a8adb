import { PlusOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { Table, type ColumnsType } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { Link, useNavigate } from 'react-router';
import { useApps } from '../api/list-apps';
import { AppStateTag } from '../components/AppStateTag';
import { ErrorAlert, formatDateTime, type AppState, type AppView } from '../deps';

/** "我的应用": the provider's apps on the open platform. */
export default function AppsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const apps = useApps();
  const items = apps.data?.items ?? [];
  const max = apps.data?.max ?? null;
  const full = max !== null && items.length >= max;

  const columns: ColumnsType<AppView> = [
    {
      title: t('apps.field.name'),
      dataIndex: 'name',
      render: (name: string, a) => (
        <Link to={`/provider/apps/${a.id}`} data-testid={`app-row-${a.id}`}>
          {name}
        </Link>
      ),
    },
    {
      title: t('apps.appKey'),
      dataIndex: 'appKey',
      render: (k: string) => <Typography.Text code>{k}</Typography.Text>,
    },
    {
      title: t('apps.col.state'),
      dataIndex: 'state',
      render: (s: AppState) => <AppStateTag state={s} />,
    },
    { title: t('apps.col.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
  ];

  return (
    <Card
      title={t('apps.title')}
      extra={
        <Tooltip title={full ? t('apps.limitReached', { max }) : undefined}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={full}
            onClick={() => void navigate('/provider/apps/new')}
            data-testid="app-new"
          >
            {t('apps.new')}
          </Button>
        </Tooltip>
      }
    >
      <Typography.Paragraph type="secondary">
        {max === null ? t('apps.introUnlimited') : t('apps.intro', { count: items.length, max })}
      </Typography.Paragraph>
      <ErrorAlert error={apps.error} />
      <Table
        rowKey="id"
        loading={apps.isPending}
        columns={columns}
        dataSource={items}
        pagination={false}
      />
    </Card>
  );
}
