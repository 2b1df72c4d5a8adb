import { Button } from 'antd';
import { Result } from '../components/Result';
import { useTranslation } from '../i18n';

/** The error page itself: antd's Result (with its illustrations) loads only when one is shown. */
export default function RouteErrorView({ notFound }: { notFound: boolean }) {
  const { t } = useTranslation();
  return (
    <Result
      status={notFound ? '404' : 'error'}
      title={notFound ? t('common.notFound') : t('common.pageError')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
