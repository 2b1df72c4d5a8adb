import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { useNavigate } from 'react-router';
import { useCreateApp } from '../api/create-app';
import { AppForm } from '../components/AppForm';

/** Registers an app, then opens it with the app secret shown once. */
export default function AppNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateApp();
  return (
    <Card title={t('apps.new')}>
      <AppForm
        submitText={t('apps.create')}
        onSubmit={(body) =>
          create
            .mutateAsync(body)
            .then((r) =>
              navigate(`/provider/apps/${r.app.id}`, { state: { appSecret: r.appSecret } }),
            )
        }
      />
    </Card>
  );
}
