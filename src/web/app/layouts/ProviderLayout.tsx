import { ApiOutlined, FileTextOutlined, HomeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { RequireActor } from './RequireActor';
import { SideMenuLayout } from './SideMenuLayout';

export default function ProviderLayout() {
  const { t } = useTranslation();
  return (
    <RequireActor kind="provider" loginPath="/provider/login">
      <SideMenuLayout
        title={t('provider.consoleTitle')}
        home="/provider"
        afterLogout="/provider/login"
        items={[
          { path: '/provider', label: t('provider.menu.home'), icon: <HomeOutlined /> },
          {
            path: '/provider/onboarding',
            label: t('provider.menu.onboarding'),
            icon: <FileTextOutlined />,
          },
          { path: '/provider/apps', label: t('apps.menu.provider'), icon: <ApiOutlined /> },
        ]}
      />
    </RequireActor>
  );
}
