import { ArrowLeftOutlined } from '@ant-design/icons';
import { Collapse, Flex, Space } from 'antd';
import { Descriptions } from '../../../components/Descriptions';
import { Tag } from '../../../components/Tag';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { Link, useParams } from 'react-router';
import { useQualificationReview, type QualificationReview } from '../api/get-qualification';
import { DaysLeft } from '../components/DaysLeft';
import { DecisionBar } from '../components/DecisionBar';
import {
  CategoryRequirementsList,
  ErrorAlert,
  formatDate,
  formatDateTime,
  PageSpinner,
  QualificationMaterialsView,
  QualificationStateTag,
} from '../deps';

const r = 'qualifications.review';

function Versions({ detail }: { detail: QualificationReview }) {
  const { t } = useTranslation();
  return (
    <Collapse
      defaultActiveKey={[String(detail.version)]}
      items={[...detail.versions].reverse().map((v) => ({
        key: String(v.version),
        label: (
          <Flex gap={12} wrap>
            <Typography.Text strong>
              {t('qualifications.detail.versionN', { n: v.version })}
            </Typography.Text>
            {v.decision && <QualificationStateTag state={v.decision} />}
            <Typography.Text type="secondary">{formatDateTime(v.submittedAt)}</Typography.Text>
            {v.decidedAt && (
              <Typography.Text type="secondary">
                {t(`${r}.decidedAt`, { at: formatDateTime(v.decidedAt) })}
              </Typography.Text>
            )}
          </Flex>
        ),
        children: (
          <Flex vertical gap={8}>
            {v.reason && (
              <Typography.Text type="danger">
                {t('qualifications.detail.reasonLine', { reason: v.reason })}
              </Typography.Text>
            )}
            <Typography.Text type="secondary">{t(`${r}.requirementsAtSubmission`)}</Typography.Text>
            <CategoryRequirementsList req={v.requirements} depositFen={v.requirements.depositFen} />
            <QualificationMaterialsView materials={v.materials} files={detail.files} />
          </Flex>
        ),
      }))}
    />
  );
}

/** One application: the company's facts against the thresholds, every version, the decision. */
export default function QualificationReviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const review = useQualificationReview(id);
  if (review.isPending) return <PageSpinner />;
  if (review.isError) return <ErrorAlert error={review.error} />;
  const d = review.data;
  const c = d.company;
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space wrap>
            <Link to="/ops/qualifications" aria-label={t('common.back')}>
              <ArrowLeftOutlined />
            </Link>
            {d.companyName}
            <Tag>{`${d.categoryGroup} / ${d.categoryName}`}</Tag>
            <QualificationStateTag state={d.state} testId="qualification-review-state" />
          </Space>
        }
        extra={
          d.state === 'submitted' && (
            <DecisionBar queue="qualifications" id={d.id} prefix="qualification" />
          )
        }
      >
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: 'account', label: t(`${r}.account`), children: d.accountMobileMasked },
            { key: 'type', label: t(`${r}.col.type`), children: t(`serviceType.${d.serviceType}`) },
            {
              key: 'expected',
              label: t(`${r}.col.expectedBy`),
              children: formatDate(d.expectedBy),
            },
            {
              key: 'days',
              label: t(`${r}.col.daysLeft`),
              children: <DaysLeft days={d.workingDaysLeft} />,
            },
            {
              key: 'capital',
              label: t(`${r}.capital`),
              children:
                c.registeredCapitalWan === null
                  ? '—'
                  : t('enterprise.wan', { value: c.registeredCapitalWan }),
            },
            { key: 'est', label: t(`${r}.established`), children: c.establishedOn ?? '—' },
            { key: 'staff', label: t(`${r}.staff`), children: c.staffSize ?? '—' },
          ]}
        />
      </Card>
      <Card title={t(`${r}.history`)}>
        <Versions detail={d} />
      </Card>
    </Flex>
  );
}
