import type { ReactNode } from 'react';
import './controls.css';

/**
 * A section title on a line, antd's `<Divider titlePlacement="start">` look (`.fuwu-divider` in
 * controls.css), for splitting a long form: ~2 KB gzip less than antd's.
 */
export function Divider({ children }: { children: ReactNode }) {
  return (
    <div className="fuwu-divider" role="separator">
      <span className="fuwu-divider-title">{children}</span>
    </div>
  );
}
