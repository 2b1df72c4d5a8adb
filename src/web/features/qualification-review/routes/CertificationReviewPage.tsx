import { ArrowLeftOutlined } from '@ant-design/icons';
import { Collapse, Flex, Space } from 'antd';
import { Image } from '../../../components/Image';
import { Descriptions } from '../../../components/Descriptions';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n';
import { Link, useParams } from 'react-router';
import { useCertificationReview, type CertificationReview } from '../api/get-certification';
import { DaysLeft } from '../components/DaysLeft';
import { DecisionBar } from '../components/DecisionBar';
import {
  ErrorAlert,
  formatDate,
  formatDateTime,
  PageSpinner,
  QualificationStateTag,
} from '../deps';

const r = 'certification.review';
type Version = CertificationReview['versions'][number];
type Ref = Version['files']['idFront'];

function FileView({ file }: { file: Ref }) {
  if (!file) return <>—</>;
  const url = `/api/files/${encodeURIComponent(file.id)}`;
  if (file.mime.startsWith('image/')) return <Image width={200} src={url} alt={file.name} />;
  return (
    <Typography.Link href={url} target="_blank">
      {file.name}
    </Typography.Link>
  );
}

function VersionView({ v, detail }: { v: Version; detail: CertificationReview }) {
  const { t } = useTranslation();
  const matches = (a: string, b: string) => (a === b ? t(`${r}.matches`) : t(`${r}.differs`));
  const items: Array<{ key: string; label: string; children: ReactNode }> = [
    { key: 'name', label: t('certification.personName'), children: v.personName },
    { key: 'id', label: t('certification.idNumber'), children: v.idNumber },
  ];
  if (v.method === 'legal_person')
    items.push(
      {
        key: 'match',
        label: t(`${r}.legalRepCheck`),
        children: matches(v.idNumber, detail.legalRepIdNumber),
      },
      { key: 'mobile', label: t('certification.legal.mobile'), children: v.mobile ?? '—' },
      { key: 'verified', label: t(`${r}.verifiedAt`), children: formatDateTime(v.verifiedAt) },
    );
  else
    items.push(
      {
        key: 'front',
        label: t('certification.agent.idFront'),
        children: <FileView file={v.files.idFront} />,
      },
      {
        key: 'back',
        label: t('certification.agent.idBack'),
        children: <FileView file={v.files.idBack} />,
      },
      {
        key: 'poa',
        label: t('certification.agent.attorney'),
        children: <FileView file={v.files.attorney} />,
      },
    );
  if (v.reason) items.push({ key: 'reason', label: t('certification.reason'), children: v.reason });
  return <Descriptions column={1} size="small" bordered items={items} />;
}

/** One certification: the registered legal representative beside each submission. */
export default function CertificationReviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const review = useCertificationReview(id);
  if (review.isPending) return <PageSpinner />;
  if (review.isError) return <ErrorAlert error={review.error} />;
  const d = review.data;
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space wrap>
            <Link to="/ops/certifications" aria-label={t('common.back')}>
              <ArrowLeftOutlined />
            </Link>
            {d.companyName}
            <QualificationStateTag state={d.state} testId="certification-review-state" />
          </Space>
        }
        extra={
          d.state === 'submitted' && (
            <DecisionBar queue="certifications" id={d.id} prefix="certification" />
          )
        }
      >
        <Descriptions
          size="small"
          column={3}
          items={[
            {
              key: 'rep',
              label: t(`${r}.legalRep`),
              children: `${d.legalRepName} ${d.legalRepIdNumber}`,
            },
            {
              key: 'account',
              label: t('qualifications.review.account'),
              children: d.accountMobileMasked,
            },
            {
              key: 'method',
              label: t(`${r}.col.method`),
              children: d.method ? t(`certification.method.${d.method}`) : '—',
            },
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
          ]}
        />
      </Card>
      <Card title={t(`${r}.history`)}>
        <Collapse
          defaultActiveKey={[String(d.version)]}
          items={[...d.versions].reverse().map((v) => ({
            key: String(v.version),
            label: (
              <Flex gap={12} wrap>
                <Typography.Text strong>{t(`certification.method.${v.method}`)}</Typography.Text>
                {v.decision && <QualificationStateTag state={v.decision} />}
                <Typography.Text type="secondary">{formatDateTime(v.submittedAt)}</Typography.Text>
              </Flex>
            ),
            children: <VersionView v={v} detail={d} />,
          }))}
        />
      </Card>
    </Flex>
  );
}
