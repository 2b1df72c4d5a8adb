import { Flex } from 'antd';
import { Descriptions } from '../../../components/Descriptions';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { useEnterprise } from '../api/get-enterprise';
import {
  ErrorAlert,
  formatDate,
  PageSpinner,
  QualificationStateTag,
  type CompanyType,
} from '../deps';

/** 企业信息: the company and its legal representative, as onboarded (seed §二 6). */
export default function EnterprisePage() {
  const { t } = useTranslation();
  const e = useEnterprise();
  if (e.isPending) return <PageSpinner />;
  if (e.isError) return <ErrorAlert error={e.error} />;
  const d = e.data;
  const f = 'enterprise.field';
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('enterprise.title')}
      </Typography.Title>
      <Card title={t('enterprise.company')}>
        <Descriptions
          column={2}
          items={[
            {
              key: 'name',
              label: t(`${f}.companyName`),
              children: <span data-testid="enterprise-company">{d.companyName}</span>,
            },
            { key: 'code', label: t(`${f}.creditCode`), children: d.creditCode },
            {
              key: 'type',
              label: t(`${f}.companyType`),
              children: t(`companyType.${d.companyType as CompanyType}`),
            },
            {
              key: 'capital',
              label: t(`${f}.registeredCapital`),
              children: t('enterprise.wan', { value: d.registeredCapitalWan }),
            },
            { key: 'est', label: t(`${f}.establishedOn`), children: d.establishedOn },
            { key: 'staff', label: t(`${f}.staffSize`), children: d.staffSize },
            { key: 'address', label: t(`${f}.address`), children: d.address },
            { key: 'approved', label: t(`${f}.approvedAt`), children: formatDate(d.approvedAt) },
          ]}
        />
      </Card>
      <Card title={t('enterprise.legalRep')}>
        <Descriptions
          column={2}
          items={[
            { key: 'name', label: t(`${f}.legalRepName`), children: d.legalRepName },
            {
              key: 'id',
              label: t(`${f}.legalRepId`),
              children: <span data-testid="enterprise-legal-id">{d.legalRepIdMasked}</span>,
            },
            {
              key: 'cert',
              label: t(`${f}.certification`),
              children: <QualificationStateTag state={d.certification.state} />,
            },
          ]}
        />
      </Card>
      <Card title={t('enterprise.contact')}>
        <Descriptions
          column={3}
          items={[
            { key: 'name', label: t(`${f}.contactName`), children: d.contactName },
            { key: 'mobile', label: t(`${f}.contactMobile`), children: d.contactMobileMasked },
            { key: 'email', label: t(`${f}.contactEmail`), children: d.contactEmail },
          ]}
        />
      </Card>
    </Flex>
  );
}
