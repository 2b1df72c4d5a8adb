import type { CSSProperties, Key, ReactNode } from 'react';
import './display.css';
import { dataAttrs, type DataAttrs } from './data-attrs';

export interface DescriptionsItem {
  key?: Key;
  label?: ReactNode;
  children?: ReactNode;
  /** How many columns the item takes (default 1). */
  span?: number;
}

interface Props extends DataAttrs {
  items: DescriptionsItem[];
  /** Items per row (default 3, as antd). */
  column?: number;
  size?: 'small' | 'middle' | 'default';
  bordered?: boolean;
  title?: ReactNode;
  style?: CSSProperties;
}

/** Splits the items into rows of `column` columns; the last item of a row fills the rest. */
function toRows(items: DescriptionsItem[], column: number): DescriptionsItem[][] {
  const rows: DescriptionsItem[][] = [];
  let row: DescriptionsItem[] = [];
  let used = 0;
  for (const item of items) {
    const span = Math.min(item.span ?? 1, column);
    if (used + span > column) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push({ ...item, span });
    used += span;
  }
  if (row.length) rows.push(row);
  for (const r of rows) {
    const taken = r.reduce((s, i) => s + (i.span ?? 1), 0);
    r[r.length - 1]!.span = (r[r.length - 1]!.span ?? 1) + column - taken;
  }
  return rows;
}

/**
 * antd's Descriptions look (`.fuwu-descriptions` in display.css) without its JavaScript: a
 * read-only table of labelled values, with or without borders.
 */
export function Descriptions({
  items,
  column = 3,
  size = 'default',
  bordered,
  title,
  style,
  ...rest
}: Props) {
  const className = [
    'fuwu-descriptions',
    size !== 'default' && `fuwu-descriptions-${size}`,
    bordered && 'fuwu-descriptions-bordered',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className} style={style} {...dataAttrs(rest)}>
      {title !== undefined && <div className="fuwu-descriptions-title">{title}</div>}
      <table>
        <tbody>
          {toRows(items, column).map((row, r) => (
            <tr key={r}>
              {row.map((item, i) =>
                bordered ? (
                  [
                    <th key={`l${String(item.key ?? i)}`}>{item.label}</th>,
                    <td key={`c${String(item.key ?? i)}`} colSpan={(item.span ?? 1) * 2 - 1}>
                      {item.children}
                    </td>,
                  ]
                ) : (
                  <td key={item.key ?? i} colSpan={item.span}>
                    <div className="fuwu-descriptions-item">
                      {item.label !== undefined && (
                        <span className="fuwu-descriptions-label">{item.label}</span>
                      )}
                      <span className="fuwu-descriptions-content">{item.children}</span>
                    </div>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
