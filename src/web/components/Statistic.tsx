import type { CSSProperties, ReactNode } from 'react';
import './display.css';

/**
 * antd's Statistic look (`.fuwu-statistic` in display.css) for an already formatted value:
 * antd's brings Skeleton for its loading state and a number formatter the app does not use.
 */
export function Statistic({
  title,
  value,
  valueStyle,
}: {
  title: ReactNode;
  value: ReactNode;
  valueStyle?: CSSProperties;
}) {
  return (
    <div className="fuwu-statistic">
      <div className="fuwu-statistic-title">{title}</div>
      <div className="fuwu-statistic-content" style={valueStyle}>
        {value}
      </div>
    </div>
  );
}
