import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { useNavigate } from 'react-router';
import { useMyQualifications } from '../api/list-my-qualifications';
import { AppCategoryNotice } from '../components/AppCategoryNotice';
import { ApplicationsTable } from '../components/ApplicationsTable';
import { CertificationCard } from '../components/CertificationCard';
import { ErrorAlert, PageSpinner } from '../deps';

/** 我的资质: the two tracks side by side (seed §二: they run in any order). */
export default function MyQualificationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mine = useMyQualifications();
  if (mine.isPending) return <PageSpinner />;
  if (mine.isError) return <ErrorAlert error={mine.error} />;
  const perCategory = mine.data.mode === 'per_category';
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('qualifications.title')}
      </Typography.Title>
      {perCategory ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('qualifications.intro')}
        </Typography.Paragraph>
      ) : (
        <AppCategoryNotice />
      )}
      {perCategory && (
        <Card
          title={t('qualifications.serviceQualification')}
          extra={
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate('/provider/qualifications/apply')}
              data-testid="qualifications-apply"
            >
              {t('qualifications.apply')}
            </Button>
          }
        >
          <ApplicationsTable items={mine.data.applications} />
        </Card>
      )}
      {perCategory && <CertificationCard cert={mine.data.certification} />}
    </Flex>
  );
}
