import { Button } from 'antd';
import { Result } from '../../../components/Result';
import { useTranslation } from '../../../i18n';
import { useNavigate } from 'react-router';

/** For merchants who reached provider onboarding by mistake. */
export default function MerchantOnboarding() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="info"
      title={t('market.merchantOnboarding.title')}
      subTitle={t('market.merchantOnboarding.text')}
      extra={[
        <Button key="market" type="primary" onClick={() => void navigate('/market')}>
          {t('market.merchantOnboarding.browse')}
        </Button>,
        <Button key="provider" onClick={() => void navigate('/provider/onboarding')}>
          {t('market.merchantOnboarding.backToProvider')}
        </Button>,
      ]}
    />
  );
}
