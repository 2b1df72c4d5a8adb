import { Button } from 'antd';
import { Descriptions } from '../../../components/Descriptions';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { useNavigate } from 'react-router';
import { formatDate, QualificationStateTag, type CertificationSummary } from '../deps';

/** 真实性认证 at a glance, beside the category applications. */
export function CertificationCard({ cert }: { cert: CertificationSummary }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const c = 'qualifications.certificationCard';
  return (
    <Card
      title={t(`${c}.title`)}
      extra={
        <Button
          onClick={() => void navigate('/provider/certification')}
          data-testid="certification-go"
        >
          {cert.state === 'none' || cert.state === 'rejected' ? t(`${c}.go`) : t(`${c}.view`)}
        </Button>
      }
    >
      <Descriptions
        column={2}
        size="small"
        items={[
          {
            key: 'state',
            label: t(`${c}.state`),
            children: <QualificationStateTag state={cert.state} testId="certification-state" />,
          },
          {
            key: 'method',
            label: t(`${c}.method`),
            children: cert.method ? t(`qualifications.method.${cert.method}`) : '—',
          },
          {
            key: 'submitted',
            label: t(`${c}.submittedAt`),
            children: formatDate(cert.submittedAt),
          },
          {
            key: 'expected',
            label: t(`${c}.expectedBy`),
            children: formatDate(cert.state === 'submitted' ? cert.expectedBy : null),
          },
          ...(cert.reason
            ? [{ key: 'reason', label: t(`${c}.reason`), children: cert.reason }]
            : []),
        ]}
      />
    </Card>
  );
}
