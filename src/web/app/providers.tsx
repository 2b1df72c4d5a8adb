import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import type { ThemeConfig } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { currentLanguage } from '../i18n';
import { MessageProvider } from '../components/message';
import { queryClient } from './query-client';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
/** antd's zoom and slide motions ignore the system setting; its `motion` token turns them off. */
const STILL: ThemeConfig = { token: { motion: false } };

function subscribeReducedMotion(onChange: () => void): () => void {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the user asked the system for less motion (followed live). */
function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeReducedMotion,
    () => window.matchMedia(REDUCED_MOTION).matches,
    () => false,
  );
}

function LocalizedAntd({ children }: { children: ReactNode }) {
  useTranslation(); // re-render on a language switch
  const locale = currentLanguage() === 'zh-CN' ? zhCN : enUS;
  const reducedMotion = useReducedMotion();
  return (
    <ConfigProvider
      locale={locale}
      button={{ autoInsertSpace: false }}
      theme={reducedMotion ? STILL : undefined}
    >
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
