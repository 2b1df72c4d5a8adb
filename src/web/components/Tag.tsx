import type { CSSProperties, ReactNode } from 'react';
import './feedback.css';

/** The preset and status colours of antd's Tag the app uses. */
export type TagColor =
  | 'default'
  | 'success'
  | 'processing'
  | 'error'
  | 'warning'
  | 'blue'
  | 'cyan'
  | 'green'
  | 'red'
  | 'orange'
  | 'gold'
  | 'purple';

interface Props {
  /** A TagColor; other values show as `default`. */
  color?: TagColor | (string & {});
  icon?: ReactNode;
  style?: CSSProperties;
  children?: ReactNode;
  'data-testid'?: string;
  'data-state'?: string;
}

/** antd's Tag look (`.fuwu-tag` in feedback.css) without its JavaScript (~4 KB gzip). */
export function Tag({ color = 'default', icon, style, children, ...rest }: Props) {
  return (
    <span
      className={`fuwu-tag fuwu-tag-${color}`}
      style={style}
      data-testid={rest['data-testid']}
      data-state={rest['data-state']}
    >
      {icon}
      {children}
    </span>
  );
}
