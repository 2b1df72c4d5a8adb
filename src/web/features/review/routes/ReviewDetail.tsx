import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Space } from 'antd';
import { Descriptions } from '../../../components/Descriptions';
import { useMessage } from '../../../components/message';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useState, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n';
import { useNavigate, useParams } from 'react-router';
import { useApproveReview } from '../api/approve-review';
import { useReview } from '../api/get-review';
import { VersionHistory } from '../components/VersionHistory';
import {
  ApplicationStateTag,
  ErrorAlert,
  formatDate,
  OnboardingFieldsView,
  PageSpinner,
  useErrorText,
} from '../deps';

/** Its own chunk, loaded when the dialog opens: not on the page's first paint. */
const RejectModal = lazy(() =>
  import('../components/RejectModal').then((m) => ({ default: m.RejectModal })),
);

type ProviderRef = { id: string; companyName: string };

/**
 * An onboarding application for review. `providerPanel` renders below it once the approval has
 * created the provider: the app puts the provider-level penalties there (features do not import
 * each other).
 */
export default function ReviewDetail({
  providerPanel,
}: {
  providerPanel?: (provider: ProviderRef) => ReactNode;
}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = useMessage();
  const errorText = useErrorText();
  const review = useReview(id);
  const approve = useApproveReview();
  const [rejecting, setRejecting] = useState(false);

  if (review.isPending) return <PageSpinner />;
  if (review.isError) return <ErrorAlert error={review.error} />;
  const detail = review.data;
  const latest = detail.versions[detail.versions.length - 1];
  const decidable = detail.state === 'submitted';

  const onApprove = () =>
    approve.mutate(id, {
      onSuccess: () => void message.success(t('review.approved')),
      onError: (error) => void message.error(errorText(error)),
    });

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common.back')}
              onClick={() => void navigate('/ops/onboarding')}
            />
            {latest?.data.companyName ?? detail.id}
            <ApplicationStateTag state={detail.state} />
          </Space>
        }
        extra={
          decidable && (
            <Space>
              <Button
                type="primary"
                loading={approve.isPending}
                onClick={onApprove}
                data-testid="review-approve"
              >
                {t('review.approve')}
              </Button>
              <Button danger onClick={() => setRejecting(true)} data-testid="review-reject">
                {t('review.reject.open')}
              </Button>
            </Space>
          )
        }
      >
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: 'id', label: t('review.applicationId'), children: detail.id },
            {
              key: 'mobile',
              label: t('review.accountMobile'),
              children: detail.accountMobileMasked,
            },
            {
              key: 'expectedBy',
              label: t('review.col.expectedBy'),
              children: formatDate(detail.expectedBy),
            },
          ]}
        />
      </Card>
      <Card title={t('review.latestVersion')}>
        {latest ? (
          <OnboardingFieldsView data={latest.data} />
        ) : (
          <Typography.Text type="secondary">{t('review.noVersions')}</Typography.Text>
        )}
      </Card>
      <Card title={t('review.history')}>
        <VersionHistory versions={detail.versions} />
      </Card>
      {detail.provider && providerPanel?.(detail.provider)}
      {rejecting && (
        <Suspense fallback={null}>
          <RejectModal id={id} open onClose={() => setRejecting(false)} />
        </Suspense>
      )}
    </Flex>
  );
}
