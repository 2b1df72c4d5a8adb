import { Collapse, Flex, Radio } from 'antd';
import { Descriptions } from '../../../components/Descriptions';
import { Alert } from '../../../components/Alert';
import { Result } from '../../../components/Result';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useState } from 'react';
import { useTranslation } from '../../../i18n';
import { useCertification, type MyCertification } from '../api/get-certification';
import { AgentForm } from '../components/AgentForm';
import { LegalPersonForm } from '../components/LegalPersonForm';
import {
  ErrorAlert,
  formatDate,
  formatDateTime,
  PageSpinner,
  QualificationStateTag,
} from '../deps';

const c = 'certification';

function Versions({ data }: { data: MyCertification }) {
  const { t } = useTranslation();
  if (!data.versions.length) return null;
  return (
    <Card title={t(`${c}.history`)}>
      <Collapse
        items={[...data.versions].reverse().map((v) => ({
          key: String(v.version),
          label: (
            <Flex gap={12} wrap>
              <Typography.Text strong>{t(`${c}.method.${v.method}`)}</Typography.Text>
              {v.decision && <QualificationStateTag state={v.decision} />}
              <Typography.Text type="secondary">{formatDateTime(v.submittedAt)}</Typography.Text>
            </Flex>
          ),
          children: (
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'name', label: t(`${c}.personName`), children: v.personName },
                { key: 'id', label: t(`${c}.idNumber`), children: v.idNumber },
                ...(v.mobile
                  ? [{ key: 'mobile', label: t(`${c}.legal.mobile`), children: v.mobile }]
                  : []),
                ...(v.reason
                  ? [{ key: 'reason', label: t(`${c}.reason`), children: v.reason }]
                  : []),
              ]}
            />
          ),
        }))}
      />
    </Card>
  );
}

function Stage({ data }: { data: MyCertification }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<'legal_person' | 'agent'>('legal_person');
  if (data.state === 'submitted')
    return (
      <Result status="info" title={t(`${c}.submitted`, { date: formatDate(data.expectedBy) })} />
    );
  if (data.state === 'approved')
    return (
      <Result
        status="success"
        title={t(`${c}.approved`, { method: data.method ? t(`${c}.method.${data.method}`) : '' })}
      />
    );
  return (
    <>
      {data.state === 'rejected' && (
        <Alert
          type="error"
          showIcon
          title={t(`${c}.rejected`, { reason: data.reason ?? '' })}
          data-testid="certification-reason"
          style={{ marginBottom: 16 }}
        />
      )}
      <Radio.Group
        value={method}
        onChange={(e) => setMethod(e.target.value as typeof method)}
        style={{ marginBottom: 16 }}
      >
        <Radio.Button value="legal_person" data-testid="cert-method-legal_person">
          {t(`${c}.method.legal_person`)}
        </Radio.Button>
        <Radio.Button value="agent" data-testid="cert-method-agent">
          {t(`${c}.method.agent`)}
        </Radio.Button>
      </Radio.Group>
      <Typography.Paragraph type="secondary">{t(`${c}.methodHint.${method}`)}</Typography.Paragraph>
      {method === 'legal_person' ? (
        <LegalPersonForm legalRepNameMasked={data.legalRepNameMasked} />
      ) : (
        <AgentForm />
      )}
    </>
  );
}

/** 真实性认证: who signs for the company is real (legal person or agent); reviewed by operators. */
export default function CertificationPage() {
  const { t } = useTranslation();
  const cert = useCertification();
  if (cert.isPending) return <PageSpinner />;
  if (cert.isError) return <ErrorAlert error={cert.error} />;
  const data = cert.data;
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex gap={8} align="center">
            {t(`${c}.title`)}
            <QualificationStateTag state={data.state} testId="certification-page-state" />
          </Flex>
        }
      >
        {data.required ? (
          <>
            <Typography.Paragraph type="secondary">{t(`${c}.intro`)}</Typography.Paragraph>
            <Stage data={data} />
          </>
        ) : (
          <Alert type="info" showIcon title={t(`${c}.notRequired`)} />
        )}
      </Card>
      <Versions data={data} />
    </Flex>
  );
}
