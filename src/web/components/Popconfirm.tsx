import type { PopconfirmProps } from 'antd';
import { lazy, Suspense, useState, type ReactElement } from 'react';

const AntPopconfirm = lazy(() => import('antd/es/popconfirm'));

/**
 * antd's Popconfirm, loaded on the first click of the button it guards: with Tooltip, Popover and
 * the trigger engine it cost ~17 KB gzip on every page with a confirm button. Until then the
 * button is shown as is; the first click loads the confirm and opens it.
 */
export function Popconfirm({ children, ...props }: PopconfirmProps & { children: ReactElement }) {
  const [armed, setArmed] = useState(false);
  if (props.disabled) return children;
  if (!armed) {
    return (
      <span
        style={{ display: 'contents' }}
        onClickCapture={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setArmed(true);
        }}
      >
        {children}
      </span>
    );
  }
  return (
    <Suspense fallback={children}>
      <AntPopconfirm defaultOpen {...props}>
        {children}
      </AntPopconfirm>
    </Suspense>
  );
}
