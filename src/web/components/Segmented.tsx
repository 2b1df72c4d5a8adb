import type { ReactNode } from 'react';
import './display.css';
import { dataAttrs, type DataAttrs } from './data-attrs';

interface Props<V extends string | number> extends DataAttrs {
  /** Both optional inside a Form.Item, which supplies them. */
  value?: V;
  onChange?: (value: V) => void;
  options: { value: V; label: ReactNode }[];
  'aria-label'?: string;
}

/**
 * antd's Segmented look (`.fuwu-segmented` in display.css) as a group of radio buttons: antd's
 * imports Tooltip and the trigger engine for item tooltips, ~17 KB gzip for a list filter.
 */
export function Segmented<V extends string | number>({
  value,
  onChange,
  options,
  ...rest
}: Props<V>) {
  return (
    <div
      className="fuwu-segmented"
      role="radiogroup"
      aria-label={rest['aria-label']}
      {...dataAttrs(rest)}
    >
      {options.map((o) => (
        <button
          key={String(o.value)}
          type="button"
          role="radio"
          aria-checked={o.value === value}
          className="fuwu-segmented-item"
          onClick={() => onChange?.(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
