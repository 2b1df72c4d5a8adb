import {
  ProfileOutlined,
  ApiOutlined,
  BankOutlined,
  FileTextOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  SolutionOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import { useTranslation } from '../../i18n';
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
          {
            path: '/provider/deposit',
            label: t('provider.menu.deposit'),
            icon: <WalletOutlined />,
          },
          {
            path: '/provider/qualifications',
            label: t('qualifications.menu.mine'),
            icon: <SolutionOutlined />,
          },
          {
            path: '/provider/certification',
            label: t('certification.menu.provider'),
            icon: <SafetyCertificateOutlined />,
          },
          { path: '/provider/enterprise', label: t('enterprise.menu'), icon: <BankOutlined /> },
          { path: '/provider/apps', label: t('apps.menu.provider'), icon: <ApiOutlined /> },
          {
            path: '/provider/services',
            label: t('services.menu.provider'),
            icon: <ShopOutlined />,
          },
          {
            path: '/provider/orders',
            label: t('orders.provider.menu'),
            icon: <ProfileOutlined />,
          },
        ]}
      />
    </RequireActor>
  );
}
