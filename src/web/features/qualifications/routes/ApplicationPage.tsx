import { ArrowLeftOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { Collapse } from '../../../components/Collapse';
import { Popconfirm } from '../../../components/Popconfirm';
import { Alert } from '../../../components/Alert';
import { Result } from '../../../components/Result';
import { Tag } from '../../../components/Tag';
import { useMessage } from '../../../components/message';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { useApplication } from '../api/get-application';
import { useWithdrawApplication } from '../api/withdraw-application';
import {
  CategoryRequirementsList,
  ErrorAlert,
  formatDate,
  formatDateTime,
  PageSpinner,
  QualificationMaterialsView,
  QualificationStateTag,
  useErrorText,
  type QualificationDetail,
} from '../deps';

/**
 * The materials form (antd Form and Upload with plain selects and number boxes: ~52 KB gzip) loads
 * only for a draft or a rejected application; a submitted or decided one is read-only.
 * bench/bundle-screens.ts counts it with the page.
 */
const MaterialsForm = lazy(() =>
  import('../components/MaterialsForm').then((m) => ({ default: m.MaterialsForm })),
);

const d = 'qualifications.detail';

function Stage({ detail }: { detail: QualificationDetail }) {
  const { t } = useTranslation();
  switch (detail.state) {
    case 'draft':
    case 'rejected':
      return (
        <>
          {detail.state === 'rejected' && (
            <Alert
              type="error"
              showIcon
              title={t(`${d}.rejectedTitle`)}
              description={<span data-testid="qualification-reason">{detail.reason}</span>}
              style={{ marginBottom: 16 }}
            />
          )}
          <Suspense fallback={<PageSpinner />}>
            <MaterialsForm detail={detail} />
          </Suspense>
        </>
      );
    case 'submitted':
      return (
        <Result
          status="info"
          icon={<ClockCircleOutlined />}
          title={t(`${d}.submittedTitle`)}
          subTitle={
            <span data-testid="qualification-expected">
              {t(`${d}.expected`, {
                from: formatDate(detail.expectedFrom),
                by: formatDate(detail.expectedBy),
              })}
            </span>
          }
        />
      );
    case 'approved':
      return (
        <Result status="success" title={t(`${d}.approvedTitle`)} subTitle={t(`${d}.locked`)} />
      );
    default:
      return <Result status="warning" title={t(`${d}.withdrawnTitle`)} />;
  }
}

function History({ detail }: { detail: QualificationDetail }) {
  const { t } = useTranslation();
  if (!detail.versions.length) return null;
  return (
    <Card title={t(`${d}.history`)}>
      <Collapse
        items={[...detail.versions].reverse().map((v) => ({
          key: String(v.version),
          label: (
            <Flex gap={12} wrap data-testid={`qualification-version-${v.version}`}>
              <Typography.Text strong>{t(`${d}.versionN`, { n: v.version })}</Typography.Text>
              {v.decision && <QualificationStateTag state={v.decision} />}
              <Typography.Text type="secondary">
                {t(`${d}.submittedAt`, { at: formatDateTime(v.submittedAt) })}
              </Typography.Text>
            </Flex>
          ),
          children: (
            <Flex vertical gap={8}>
              {v.reason && (
                <Typography.Text type="danger">
                  {t(`${d}.reasonLine`, { reason: v.reason })}
                </Typography.Text>
              )}
              <CategoryRequirementsList
                req={v.requirements}
                depositFen={v.requirements.depositFen}
              />
              <QualificationMaterialsView materials={v.materials} files={detail.files} />
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}

/** One category application: the form while editable, its state and history otherwise. */
export default function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { message } = useMessage();
  const errorText = useErrorText();
  const app = useApplication(id);
  const withdraw = useWithdrawApplication();
  if (app.isPending) return <PageSpinner />;
  if (app.isError) return <ErrorAlert error={app.error} />;
  const detail = app.data;
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex gap="small" align="center" wrap>
            <Link to="/provider/qualifications" aria-label={t('common.back')}>
              <ArrowLeftOutlined />
            </Link>
            {detail.categoryGroup} / {detail.categoryName}
            <Tag>{t(`serviceType.${detail.serviceType}`)}</Tag>
            <QualificationStateTag state={detail.state} testId="qualification-state" />
          </Flex>
        }
        extra={
          detail.canWithdraw && (
            <Popconfirm
              title={t(`${d}.withdrawConfirm`)}
              onConfirm={() =>
                withdraw.mutate(id, { onError: (e) => void message.error(errorText(e)) })
              }
            >
              <Button danger data-testid="qualification-withdraw">
                {t(`${d}.withdraw`)}
              </Button>
            </Popconfirm>
          )
        }
      >
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">{t(`${d}.requirements`)}</Typography.Text>
          <CategoryRequirementsList
            req={detail.requirements}
            depositFen={detail.requirements.depositFen}
          />
        </Flex>
        <Stage detail={detail} />
      </Card>
      <History detail={detail} />
    </Flex>
  );
}
