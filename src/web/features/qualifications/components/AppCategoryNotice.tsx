import { Button } from 'antd';
import { Alert } from '../../../components/Alert';
import { useTranslation } from '../../../i18n';
import { useNavigate } from 'react-router';

/** xiaohongshu-style policy: the online app's category is the qualification. */
export function AppCategoryNotice() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="app-category-notice"
      title={t('qualifications.appCategory.title')}
      description={t('qualifications.appCategory.text')}
      action={
        <Button onClick={() => void navigate('/provider/apps/new')}>
          {t('qualifications.appCategory.link')}
        </Button>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
