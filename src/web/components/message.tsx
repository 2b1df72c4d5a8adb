import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

/** The part of antd's message API the pages use. */
export interface MessageApi {
  success: (content: ReactNode) => unknown;
  error: (content: ReactNode) => unknown;
}

const MessageHost = lazy(() => import('./MessageHost'));
const MessageContext = createContext<MessageApi | null>(null);

/**
 * Toast messages (antd's message) whose code loads with the first one shown: antd's App, which
 * the pages used only for `message`, put modal, notification and message (~15 KB gzip) in the
 * entry. Calls made before the holder is ready are shown once it is.
 */
export function MessageProvider({ children }: { children: ReactNode }) {
  const [wanted, setWanted] = useState(false);
  const apiRef = useRef<MessageApi | null>(null);
  const queue = useRef<Array<(api: MessageApi) => void>>([]);
  const onReady = useCallback((api: MessageApi) => {
    apiRef.current = api;
    for (const call of queue.current.splice(0)) call(api);
  }, []);
  const value = useMemo<MessageApi>(() => {
    const send = (call: (api: MessageApi) => void) => {
      if (apiRef.current) call(apiRef.current);
      else {
        queue.current.push(call);
        setWanted(true);
      }
    };
    return {
      success: (content) => send((api) => api.success(content)),
      error: (content) => send((api) => api.error(content)),
    };
  }, []);
  return (
    <MessageContext.Provider value={value}>
      {children}
      {wanted && (
        <Suspense fallback={null}>
          <MessageHost onReady={onReady} />
        </Suspense>
      )}
    </MessageContext.Provider>
  );
}

/** `{ message }` as antd's App.useApp() gives it, from the nearest MessageProvider. */
export function useMessage(): { message: MessageApi } {
  const message = useContext(MessageContext);
  if (!message) throw new Error('useMessage outside MessageProvider');
  return { message };
}
