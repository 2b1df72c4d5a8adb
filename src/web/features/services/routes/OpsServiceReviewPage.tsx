import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Space } from 'antd';
import { NativeSelect } from '../../../components/NativeSelect';
import { Input } from '../../../components/Input';
import { Descriptions } from '../../../components/Descriptions';
import { Alert } from '../../../components/Alert';
import { useMessage } from '../../../components/message';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { Table } from '../../../components/Table';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useNavigate, useParams } from 'react-router';
import { useDecideService, useOpsService, usePenalize } from '../api/ops';
import { ContentView } from '../components/ContentView';
import { PenaltyPanel } from '../components/PenaltyPanel';
import { PrecheckList } from '../components/PrecheckList';
import { StateTags } from '../components/StateTags';

import {
  ErrorAlert,
  formatDate,
  formatDateTime,
  PageSpinner,
  useErrorText,
  type DiffRow,
  type PenaltyKind,
} from '../deps';

/** The reject dialog (Modal, Form, TextArea) loads when the reviewer opens it. */
const RejectVersionDialog = lazy(() => import('../components/RejectVersionDialog'));

const show = (v: unknown) =>
  v === null || v === undefined ? '—' : typeof v === 'string' ? v || '—' : JSON.stringify(v);

/** A service under review: pre-checks, the diff against the live version, decision, penalties. */
export default function OpsServiceReviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = useMessage();
  const errorText = useErrorText();
  const service = useOpsService(id);
  const decide = useDecideService(id);
  const penalize = usePenalize(id);
  const [rejecting, setRejecting] = useState(false);
  const [penalty, setPenalty] = useState<{ kind?: PenaltyKind; reason: string }>({ reason: '' });
  if (service.isPending) return <PageSpinner />;
  if (service.isError) return <ErrorAlert error={service.error} />;
  const s = service.data;
  const pending = s.pending;
  const done = (text: string) => () => void message.success(text);
  const fail = (e: unknown) => void message.error(errorText(e));

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common.back')}
              onClick={() => void navigate('/ops/services/review')}
            />
            {pending?.content.name ?? s.name}
            <StateTags s={s} />
          </Space>
        }
        extra={
          pending && (
            <Space>
              <Button
                type="primary"
                loading={decide.isPending}
                data-testid="ops-service-approve"
                onClick={() =>
                  decide.mutate(
                    { decision: 'approve', versionId: pending.id },
                    { onSuccess: done(t('services.ops.approved')), onError: fail },
                  )
                }
              >
                {t('services.ops.approve')}
              </Button>
              <Button danger onClick={() => setRejecting(true)} data-testid="ops-service-reject">
                {t('services.ops.reject')}
              </Button>
            </Space>
          )
        }
      >
        <Descriptions
          size="small"
          column={2}
          items={[
            { key: 'company', label: t('services.col.company'), children: s.companyName },
            {
              key: 'category',
              label: t('services.field.category'),
              children: `${s.categoryName} · ${t(`serviceType.${s.serviceType}`)}`,
            },
            { key: 'app', label: t('services.field.app'), children: s.appName ?? '—' },
            {
              key: 'version',
              label: t('services.col.version'),
              children: pending?.version ?? s.latest?.version ?? '—',
            },
            {
              key: 'submitted',
              label: t('services.col.submittedAt'),
              children: formatDateTime(s.submittedAt),
            },
            {
              key: 'deadline',
              label: t('services.col.deadline'),
              children: s.expectedBy
                ? `${formatDate(s.expectedBy)} · ${t('services.daysLeft', { n: s.workingDaysLeft ?? 0 })} · ${t('services.position', { n: s.queuePosition ?? 1 })}`
                : '—',
            },
          ]}
        />
        {!pending && <Alert type="info" showIcon title={t('services.ops.nothingPending')} />}
      </Card>
      {(pending ?? s.latest) && (
        <Card title={t('services.prechecksOf', { version: (pending ?? s.latest)!.version })}>
          <PrecheckList checks={(pending ?? s.latest)!.prechecks} />
        </Card>
      )}
      <Card
        title={
          s.live
            ? t('services.ops.diffTitle', { version: s.live.version })
            : t('services.ops.diffNew')
        }
      >
        <Table<DiffRow>
          rowKey="field"
          size="small"
          pagination={false}
          dataSource={s.diff}
          data-testid="ops-service-diff"
          columns={[
            {
              title: t('services.ops.field'),
              dataIndex: 'field',
              render: (f: string) => <Typography.Text code>{f}</Typography.Text>,
            },
            {
              title: t('services.ops.before'),
              dataIndex: 'before',
              render: (v: unknown) => <span style={{ wordBreak: 'break-all' }}>{show(v)}</span>,
            },
            {
              title: t('services.ops.after'),
              dataIndex: 'after',
              render: (v: unknown) => <span style={{ wordBreak: 'break-all' }}>{show(v)}</span>,
            },
          ]}
        />
      </Card>
      {(pending ?? s.live) && (
        <Card title={t('services.content')}>
          <ContentView
            content={(pending ?? s.live)!.content}
            imageUrl={(f) => `/api/files/${encodeURIComponent(f)}`}
          />
        </Card>
      )}
      <Card title={t('services.ops.penalties')}>
        <Space wrap align="start">
          <NativeSelect<PenaltyKind>
            placeholder={t('services.ops.penaltyKind')}
            style={{ width: 200 }}
            value={penalty.kind}
            onChange={(kind) => setPenalty((p) => ({ ...p, kind }))}
            data-testid="ops-penalty-kind"
            options={(['hide', 'delist', 'freeze', 'purge'] as const).map((k) => ({
              value: k,
              label: t(`services.penalty.${k}`),
            }))}
          />
          <Input
            placeholder={t('services.ops.penaltyReason')}
            style={{ width: 320 }}
            value={penalty.reason}
            onChange={(e) => setPenalty((p) => ({ ...p, reason: e.target.value }))}
            data-testid="ops-penalty-reason"
          />
          <Button
            danger
            disabled={!penalty.kind || penalty.reason.trim().length < 2}
            loading={penalize.isPending}
            data-testid="ops-penalty-apply"
            onClick={() =>
              penalize.mutate(
                { kind: penalty.kind!, reason: penalty.reason.trim() },
                {
                  onSuccess: () => {
                    setPenalty({ reason: '' });
                    void message.success(t('services.ops.penalized'));
                  },
                  onError: fail,
                },
              )
            }
          >
            {t('services.ops.applyPenalty')}
          </Button>
        </Space>
        <Table
          rowKey="at"
          size="small"
          pagination={false}
          style={{ marginTop: 12 }}
          dataSource={s.penalties}
          columns={[
            {
              title: t('services.ops.penaltyKind'),
              dataIndex: 'kind',
              render: (k: PenaltyKind) => t(`services.penalty.${k}`),
            },
            { title: t('services.ops.penaltyReason'), dataIndex: 'reason' },
            { title: t('services.col.at'), dataIndex: 'at', render: formatDateTime },
          ]}
        />
      </Card>
      <PenaltyPanel service={s} />
      {rejecting && pending && (
        <Suspense fallback={null}>
          <RejectVersionDialog
            serviceId={id}
            versionId={pending.id}
            onClose={() => setRejecting(false)}
          />
        </Suspense>
      )}
    </Flex>
  );
}
