import { ArrowLeftOutlined, LinkOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { Alert } from '../../../components/Alert';
import { Tag } from '../../../components/Tag';
import { useMessage } from '../../../components/message';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { Table } from '../../../components/Table';
import { useTranslation } from '../../../i18n';
import { lazy, Suspense } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useListing, useMyService, useServiceOptions } from '../api/provider';
import { ContentView } from '../components/ContentView';
import { PrecheckList } from '../components/PrecheckList';
import { StateTags } from '../components/StateTags';
import {
  ErrorAlert,
  formatDate,
  formatDateTime,
  formatFen,
  PageSpinner,
  useErrorText,
  useSession,
  type ServiceDetail,
  type ServiceVersionView,
} from '../deps';

/**
 * The edit form (antd Form and Upload, plain selects, tags and number boxes, the rich text
 * editor: ~53 KB gzip) loads only for a service the provider can edit; viewing one in review or
 * listed does not download it. bench/bundle-screens.ts counts it with the page.
 */
const ServiceForm = lazy(() =>
  import('../components/ServiceForm').then((m) => ({ default: m.ServiceForm })),
);

function StatusAlerts({ s }: { s: ServiceDetail }) {
  const { t } = useTranslation();
  const latest = s.latest;
  return (
    <Flex vertical gap={8}>
      {s.review === 'in_review' && (
        <Alert
          type="info"
          showIcon
          data-testid="service-in-review"
          title={t('services.inReview', {
            date: formatDate(s.expectedBy),
            days: s.workingDaysLeft ?? 0,
            position: s.queuePosition ?? 1,
          })}
          description={s.listing === 'listed' ? t('services.oldStaysListed') : undefined}
        />
      )}
      {s.review === 'rejected' && latest?.decision === 'rejected' && (
        <Alert
          type="error"
          showIcon
          data-testid="service-rejected"
          title={t('services.rejected')}
          description={
            <>
              <div data-testid="service-reject-reason">{latest.reason}</div>
              {s.listing === 'listed' && <div>{t('services.rejectedKeepsLive')}</div>}
            </>
          }
        />
      )}
      {s.listing === 'pending_listing' && !s.draftChanged && (
        <Alert
          type="success"
          showIcon
          title={t('services.pendingListing')}
          data-testid="service-pending-listing"
        />
      )}
      {s.listing === 'delisted' && s.live && !s.draftChanged && s.review !== 'in_review' && (
        <Alert type="info" showIcon title={t('services.delistedUnchanged')} />
      )}
      {s.draftChanged && s.live && s.review !== 'in_review' && (
        <Alert type="warning" showIcon title={t('services.changedNeedsReview')} />
      )}
      {!s.deposit.held && (
        <Alert
          type="warning"
          showIcon
          data-testid="service-deposit-due"
          title={t('services.depositDue', { amount: formatFen(s.deposit.requiredFen) })}
          action={<Link to="/provider/deposit">{t('services.goDeposit')}</Link>}
        />
      )}
      {s.penalties.map((p) => (
        <Alert
          key={`${p.kind}-${p.at}`}
          type="error"
          showIcon
          title={t('services.penalized', {
            kind: t(`services.penalty.${p.kind}`),
            reason: p.reason,
          })}
          description={formatDateTime(p.at)}
        />
      ))}
    </Flex>
  );
}

/** 服务详情: state, review status and reasons, pre-checks, edit form, listing and access URL. */
export default function ServiceDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = useMessage();
  const errorText = useErrorText();
  const service = useMyService(id);
  const options = useServiceOptions();
  const listing = useListing(id);
  const policy = useSession().data?.policy;
  if (service.isPending) return <PageSpinner />;
  if (service.isError) return <ErrorAlert error={service.error} />;
  const s = service.data;
  const act = (a: 'list' | 'delist') =>
    listing.mutate(a, {
      onSuccess: () =>
        void message.success(t(a === 'list' ? 'services.listed' : 'services.delisted')),
      onError: (e) => void message.error(errorText(e)),
    });
  const versionColumns = [
    { title: t('services.col.version'), dataIndex: 'version' },
    { title: t('services.col.submittedAt'), dataIndex: 'submittedAt', render: formatDateTime },
    {
      title: t('services.col.decision'),
      dataIndex: 'decision',
      render: (d: 'approved' | 'rejected' | null, v: ServiceVersionView) =>
        d ? (
          <Tag color={d === 'approved' ? 'success' : 'error'}>{t(`services.decision.${d}`)}</Tag>
        ) : v.id === s.pending?.id ? (
          <Tag color="processing">{t('services.review.in_review')}</Tag>
        ) : (
          '—'
        ),
    },
    {
      title: t('services.col.reason'),
      dataIndex: 'reason',
      render: (r: string | null) => r ?? '—',
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex gap="small" align="center">
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common.back')}
              onClick={() => void navigate('/provider/services')}
            />
            <span data-testid="service-title">
              {s.live?.content.name ?? (s.draft.name || t('services.untitled'))}
            </span>
            <StateTags s={s} />
          </Flex>
        }
        extra={
          <Flex gap="small" align="center">
            {s.accessUrl && s.visibleOnMarket && (
              <a
                href={s.accessUrl}
                target="_blank"
                rel="noreferrer"
                data-testid="service-access-url"
              >
                <LinkOutlined /> {t('services.accessUrl')}
              </a>
            )}
            {s.canList && (
              <Button
                type="primary"
                loading={listing.isPending}
                onClick={() => act('list')}
                data-testid="service-list"
              >
                {t('services.list')}
              </Button>
            )}
            {s.canDelist && (
              <Button
                loading={listing.isPending}
                onClick={() => act('delist')}
                data-testid="service-delist"
              >
                {t('services.delist')}
              </Button>
            )}
          </Flex>
        }
      >
        <Typography.Paragraph type="secondary">
          {s.categoryName} · {t(`serviceType.${s.serviceType}`)}
          {s.appName && ` · ${t('services.field.app')}：${s.appName}`}
        </Typography.Paragraph>
        <StatusAlerts s={s} />
      </Card>
      {s.latest && (
        <Card title={t('services.prechecksOf', { version: s.latest.version })}>
          <PrecheckList checks={s.latest.prechecks} />
        </Card>
      )}
      <Card title={t('services.content')}>
        {s.canEdit ? (
          <Suspense fallback={<PageSpinner />}>
            <ServiceForm
              key={s.updatedAt}
              service={s}
              apps={(options.data?.apps ?? []).filter((a) => !a.hasService || a.id === s.appId)}
              onSubmitted={(r) =>
                r.review === 'in_review'
                  ? void message.success(t('services.submitted'))
                  : void message.error(t('services.precheckFailed'))
              }
            />
          </Suspense>
        ) : (
          <>
            {s.listing === 'listed' && policy?.editListed === 'delist_first' && (
              <Alert
                type="info"
                showIcon
                title={t('services.delistToEdit')}
                style={{ marginBottom: 12 }}
              />
            )}
            <ContentView
              content={s.pending?.content ?? s.draft}
              imageUrl={(f) => s.images[f]?.url ?? ''}
            />
          </>
        )}
      </Card>
      <Card title={t('services.versions')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={s.versions}
          columns={versionColumns}
          data-testid="service-versions"
        />
      </Card>
    </Flex>
  );
}
