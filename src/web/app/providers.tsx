import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n';
import i18n, { currentLanguage } from '../i18n';
import { MessageProvider } from '../components/message';
import { queryClient } from './query-client';

function applyDayjsLocale(): void {
  dayjs.locale(currentLanguage() === 'zh-CN' ? 'zh-cn' : 'en');
}
applyDayjsLocale();
i18n.on('languageChanged', applyDayjsLocale);

function LocalizedAntd({ children }: { children: ReactNode }) {
  useTranslation(); // re-render on a language switch
  const locale = currentLanguage() === 'zh-CN' ? zhCN : enUS;
  return (
    <ConfigProvider locale={locale} button={{ autoInsertSpace: false }}>
      <MessageProvider>{children}</MessageProvider>
    </ConfigProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <LocalizedAntd>{children}</LocalizedAntd>
    </QueryClientProvider>
  );
}
