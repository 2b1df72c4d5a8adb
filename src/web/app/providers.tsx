import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { currentLanguage } from '../i18n';
import { MessageProvider } from '../components/message';
import { queryClient } from './query-client';

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
