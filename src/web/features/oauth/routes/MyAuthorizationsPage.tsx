import { AppstoreOutlined } from '@ant-design/icons';
import { Avatar, Button, Empty, Space } from 'antd';
import { Popconfirm } from '../../../components/Popconfirm';
import { Tag } from '../../../components/Tag';
import { useMessage } from '../../../components/message';
import { Card } from '../../../components/Card';
import { Table, type ColumnsType } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { Navigate } from 'react-router';
import { useAuthorizations, type Authorization } from '../api/list-authorizations';
import { useRevokeAuthorization } from '../api/revoke-authorization';
import { useScopeTitle } from '../components/ScopeList';
import { ErrorAlert, formatDateTime, PageSpinner, useErrorText, useSession } from '../deps';

function Authorizations() {
  const { t } = useTranslation();
  const { message } = useMessage();
  const errorText = useErrorText();
  const scopeTitle = useScopeTitle();
  const list = useAuthorizations();
  const revoke = useRevokeAuthorization();

  const columns: ColumnsType<Authorization> = [
    {
      title: t('oauth.col.app'),
      dataIndex: 'appName',
      render: (name: string, a) => (
        <Space>
          <Avatar shape="square" src={a.logoUrl ?? undefined} icon={<AppstoreOutlined />} />
          {name}
        </Space>
      ),
    },
    { title: t('oauth.col.provider'), dataIndex: 'providerCompany' },
    {
      title: t('oauth.col.scopes'),
      dataIndex: 'scopes',
      render: (s: Authorization['scopes']) => s.map((x) => <Tag key={x}>{scopeTitle(x)}</Tag>),
    },
    { title: t('oauth.col.grantedAt'), dataIndex: 'grantedAt', render: formatDateTime },
    {
      title: t('oauth.col.actions'),
      key: 'actions',
      render: (_, a) => (
        <Popconfirm
          title={t('oauth.revokeConfirm', { app: a.appName })}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            revoke.mutate(a.id, {
              onSuccess: () => void message.success(t('oauth.revoked')),
              onError: (e) => void message.error(errorText(e)),
            })
          }
        >
          <Button danger size="small" data-testid={`revoke-${a.appId}`}>
            {t('oauth.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return (
    <Card title={t('oauth.myTitle')}>
      <ErrorAlert error={list.error} />
      <Table
        rowKey="id"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('oauth.none')} /> }}
        data-testid="authorizations"
      />
    </Card>
  );
}

/** "我的授权": the apps this merchant authorized; revoking one cuts its access at once. */
export default function MyAuthorizationsPage() {
  const session = useSession();
  if (session.isPending) return <PageSpinner />;
  if (session.data?.actor?.kind !== 'merchant')
    return <Navigate to="/market/login?next=%2Fmarket%2Fauthorizations" replace />;
  return <Authorizations />;
}
