import { useTranslation } from '../../i18n';
import { Outlet } from 'react-router';
import { AppHeader } from '../../components/AppHeader';

/** Sign-in pages and the phone's QR confirmation: a plain header and a centred column. */
export default function PublicLayout() {
  const { t } = useTranslation();
  return (
    <div className="fuwu-layout">
      <AppHeader title={t('market.brand')} home="/market" />
      <main style={{ padding: '32px 16px', display: 'flex', justifyContent: 'center' }}>
        <div style={{ width: '100%', maxWidth: 440 }}>
          <Outlet />
        </div>
      </main>
    </div>
  );
}
