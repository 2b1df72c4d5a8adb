import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from '../i18n';
import { changeLanguage, currentLanguage } from '../i18n';

/** One click switches between 中文 and English; the choice is kept in localStorage. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const next = currentLanguage() === 'zh-CN' ? 'en-US' : 'zh-CN';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      data-testid="lang-switch"
      aria-label={t('common.switchLanguage')}
      onClick={() => void changeLanguage(next)}
    >
      {next === 'en-US' ? 'English' : '中文'}
    </Button>
  );
}
