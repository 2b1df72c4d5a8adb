import { message } from 'antd';
import { useEffect } from 'react';
import type { MessageApi } from './message';

/** antd's message holder: loaded with the first message, rendered inside ConfigProvider. */
export default function MessageHost({ onReady }: { onReady: (api: MessageApi) => void }) {
  const [api, holder] = message.useMessage();
  useEffect(() => onReady(api), [api, onReady]);
  return holder;
}
