import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  FileProtectOutlined,
  SafetyCertificateOutlined,
  MailOutlined,
  SettingOutlined,
  ShopOutlined,
  StarOutlined,
  SolutionOutlined,
  TransactionOutlined,
} from '@ant-design/icons';
import { useTranslation } from '../../i18n';
import { RequireActor } from './RequireActor';
import { SideMenuLayout } from './SideMenuLayout';
import { CoverageBanner } from '../../features/calendar';

export default function OpsLayout() {
  const { t } = useTranslation();
  return (
    <RequireActor kind="operator" loginPath="/ops/login">
      <SideMenuLayout
        title={t('ops.consoleTitle')}
        home="/ops"
        afterLogout="/ops/login"
        banner={<CoverageBanner />}
        items={[
          { path: '/ops/onboarding', label: t('ops.menu.onboarding'), icon: <SolutionOutlined /> },
          {
            path: '/ops/qualifications',
            label: t('qualifications.menu.review'),
            icon: <FileProtectOutlined />,
          },
          {
            path: '/ops/certifications',
            label: t('certification.menu.review'),
            icon: <SafetyCertificateOutlined />,
          },
          { path: '/ops/categories', label: t('categories.menu'), icon: <AppstoreOutlined /> },
          { path: '/ops/outbox', label: t('ops.menu.outbox'), icon: <MailOutlined /> },
          { path: '/ops/policy', label: t('ops.menu.policy'), icon: <SettingOutlined /> },
          { path: '/ops/calendar', label: t('ops.menu.calendar'), icon: <CalendarOutlined /> },
          { path: '/ops/deposits', label: t('ops.menu.bank'), icon: <BankOutlined /> },
          {
            path: '/ops/money-outs',
            label: t('moneyOut.menu'),
            icon: <TransactionOutlined />,
          },
          { path: '/ops/ratings', label: t('orders.opsRatings.menu'), icon: <StarOutlined /> },
          { path: '/ops/audit', label: t('ops.menu.audit'), icon: <AuditOutlined /> },
          { path: '/ops/apps', label: t('apps.menu.ops'), icon: <AppstoreOutlined /> },
          {
            path: '/ops/services/review',
            label: t('services.menu.ops'),
            icon: <ShopOutlined />,
          },
        ]}
      />
    </RequireActor>
  );
}
