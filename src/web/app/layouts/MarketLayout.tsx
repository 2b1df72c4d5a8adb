import { Button } from 'antd';
import { Typography } from '../../components/Typography';
import { useTranslation } from '../../i18n';
import { Link, Outlet, useNavigate } from 'react-router';
import { AppHeader } from '../../components/AppHeader';
import { useSession } from '../../lib/session';
import { AccountActions } from './AccountActions';

export default function MarketLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const merchant = session.data?.actor?.kind === 'merchant';
  return (
    <div className="fuwu-layout">
      <AppHeader
        title={t('market.brand')}
        home="/market"
        extra={
          <>
            <Link to="/provider" style={{ marginInline: 8 }}>
              {t('market.providerOnboarding')}
            </Link>
            {merchant && (
              <Link
                to="/market/my-services"
                style={{ marginInline: 8 }}
                data-testid="my-services-link"
              >
                {t('orders.my.menu')}
              </Link>
            )}
            {merchant && (
              <Link
                to="/market/authorizations"
                style={{ marginInline: 8 }}
                data-testid="my-authorizations"
              >
                {t('oauth.menu')}
              </Link>
            )}
            {merchant ? (
              <AccountActions after="/market" />
            ) : (
              <Button type="primary" onClick={() => void navigate('/market/login')}>
                {t('market.merchantSignIn')}
              </Button>
            )}
          </>
        }
      />
      <main
        style={{
          padding: 24,
          maxWidth: 1200,
          width: '100%',
          margin: '0 auto',
          boxSizing: 'border-box',
        }}
      >
        <Outlet />
      </main>
      <footer className="fuwu-footer">
        <Typography.Text type="secondary">{t('market.footer')}</Typography.Text>
      </footer>
    </div>
  );
}
