import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Space } from 'antd';
import { Descriptions } from '../../../components/Descriptions';
import { Tag } from '../../../components/Tag';
import { useMessage } from '../../../components/message';
import { Card } from '../../../components/Card';
import { Table, type ColumnsType } from '../../../components/Table';
import { useState, lazy, Suspense } from 'react';
import { useTranslation } from '../../../i18n';
import { useNavigate, useParams } from 'react-router';
import { useOpsApp } from '../api/get-ops-app';
import { useMoveApp } from '../api/move-app';
import { useSimulateApp } from '../api/simulate-app';
import { AppStateTag } from '../components/AppStateTag';
import { SimulationTag } from '../components/SimulationTag';
import { scopeKey } from '../components/scopes';
import {
  ErrorAlert,
  formatDateTime,
  PageSpinner,
  useErrorText,
  type SimulationView,
} from '../deps';

/** Its own chunk, loaded when the dialog opens: not on the page's first paint. */
const SuspendModal = lazy(() =>
  import('../components/SuspendModal').then((m) => ({ default: m.SuspendModal })),
);

/** An app under the operators' check: its callback, simulated authorizations and state. */
export default function OpsAppDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = useMessage();
  const errorText = useErrorText();
  const app = useOpsApp(id);
  const move = useMoveApp();
  const simulate = useSimulateApp(id);
  const [suspending, setSuspending] = useState(false);
  const fail = (e: unknown) => void message.error(errorText(e));

  if (app.isPending) return <PageSpinner />;
  if (app.isError) return <ErrorAlert error={app.error} />;
  const a = app.data;
  const simColumns: ColumnsType<SimulationView> = [
    { title: t('apps.sim.at'), dataIndex: 'at', render: formatDateTime },
    { title: t('apps.sim.result'), key: 'ok', render: (_, s) => <SimulationTag sim={s} /> },
    {
      title: t('apps.sim.status'),
      dataIndex: 'statusCode',
      render: (c: number | null) => c ?? '—',
    },
    {
      title: t('apps.sim.location'),
      dataIndex: 'location',
      render: (l: string | null) => l ?? '—',
    },
    { title: t('apps.sim.error'), dataIndex: 'error', render: (e: string | null) => e ?? '—' },
  ];

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common.back')}
              onClick={() => void navigate('/ops/apps')}
            />
            {a.name}
            <AppStateTag state={a.state} />
          </Space>
        }
        extra={
          <Space>
            {a.state !== 'online' && (
              <Button
                type="primary"
                loading={move.isPending}
                onClick={() =>
                  move.mutate(
                    { id, action: 'online' },
                    {
                      onSuccess: () => void message.success(t('apps.ops.onlineDone')),
                      onError: fail,
                    },
                  )
                }
                data-testid="ops-app-online"
              >
                {t('apps.ops.online')}
              </Button>
            )}
            {a.state !== 'suspended' && (
              <Button danger onClick={() => setSuspending(true)} data-testid="ops-app-suspend">
                {t('apps.ops.suspend')}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions
          size="small"
          column={2}
          items={[
            { key: 'provider', label: t('apps.col.provider'), children: a.providerCompany },
            { key: 'appKey', label: t('apps.appKey'), children: a.appKey },
            {
              key: 'redirect',
              label: t('apps.field.redirectUris'),
              children: a.redirectUris.join('\n'),
            },
            { key: 'webhook', label: t('apps.field.webhookUrl'), children: a.webhookUrl ?? '—' },
            {
              key: 'scopes',
              label: t('apps.field.scopes'),
              children: a.scopes.map((s) => <Tag key={s}>{t(`apps.scope.${scopeKey[s]}`)}</Tag>),
            },
            { key: 'reason', label: t('apps.ops.reason'), children: a.stateReason ?? '—' },
            {
              key: 'description',
              label: t('apps.field.description'),
              children: a.description || '—',
            },
          ]}
        />
      </Card>
      <Card
        title={t('apps.sim.title')}
        extra={
          <Button
            loading={simulate.isPending}
            onClick={() => simulate.mutate(undefined, { onError: fail })}
            data-testid="ops-app-simulate"
          >
            {t('apps.sim.run')}
          </Button>
        }
      >
        <Table
          rowKey="id"
          size="small"
          columns={simColumns}
          dataSource={a.simulations}
          pagination={false}
        />
      </Card>
      {suspending && (
        <Suspense fallback={null}>
          <SuspendModal id={id} open onClose={() => setSuspending(false)} />
        </Suspense>
      )}
    </Flex>
  );
}
