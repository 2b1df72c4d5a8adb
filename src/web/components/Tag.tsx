import type { CSSProperties, ReactNode } from 'react';
import './feedback.css';
import { dataAttrs, type DataAttrs } from './data-attrs';

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

interface Props extends DataAttrs {
  /** A TagColor; other values show as `default`. */
  color?: TagColor | (string & {});
  icon?: ReactNode;
  style?: CSSProperties;
  children?: ReactNode;
}

/** antd's Tag look (`.fuwu-tag` in feedback.css) without its JavaScript (~4 KB gzip). */
export function Tag({ color = 'default', icon, style, children, ...rest }: Props) {
  return (
    <span className={`fuwu-tag fuwu-tag-${color}`} style={style} {...dataAttrs(rest)}>
      {icon}
      {children}
    </span>
  );
}
