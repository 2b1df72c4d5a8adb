import { Button } from 'antd';
import { Result } from '../components/Result';
import { useTranslation } from '../i18n';
import { useNavigate } from 'react-router';

export default function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('common.notFound')}
      extra={
        <Button type="primary" onClick={() => void navigate('/market')}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}
