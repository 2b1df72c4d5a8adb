import type { CSSProperties, ReactNode } from 'react';
import './display.css';

interface Props {
  label: ReactNode;
  required?: boolean;
  /** Help under the control (antd's `extra`). */
  extra?: ReactNode;
  /** A validation message under the control, in red. */
  error?: ReactNode;
  style?: CSSProperties;
  children: ReactNode;
}

/**
 * A labelled control with antd's vertical Form.Item look (`.fuwu-field` in display.css), for a
 * page whose few controls keep their values in state: antd's Form and its validation engine
 * cost ~25 KB gzip. Pages with many fields, rules or lists keep antd's Form.
 */
export function Field({ label, required, extra, error, style, children }: Props) {
  return (
    <div className="fuwu-field" style={style}>
      <div className={required ? 'fuwu-field-label fuwu-field-required' : 'fuwu-field-label'}>
        {label}
      </div>
      {children}
      {error ? <div className="fuwu-field-error">{error}</div> : null}
      {extra ? <div className="fuwu-field-extra">{extra}</div> : null}
    </div>
  );
}
