import type { CSSProperties } from 'react';
import './display.css';
import { dataAttrs, type DataAttrs } from './data-attrs';

interface Props<V extends string> extends DataAttrs {
  value?: V;
  /** Optional inside a Form.Item, which supplies it. */
  onChange?: (value: V) => void;
  /** Set by a Form.Item: its label points at the select. */
  id?: string;
  options: { value: V; label: string; disabled?: boolean }[];
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}

/**
 * The browser's select with antd's input look (`.fuwu-select` in display.css), for a short
 * fixed list of choices: antd's Select (virtual list, search, tags) costs
 * ~35 KB gzip.
 */
export function NativeSelect<V extends string>({
  value,
  onChange,
  id,
  options,
  placeholder,
  style,
  ...rest
}: Props<V>) {
  return (
    <select
      id={id}
      className="fuwu-select"
      value={value ?? ''}
      onChange={(e) => onChange?.(e.target.value as V)}
      style={style}
      aria-label={rest['aria-label'] ?? placeholder}
      {...dataAttrs(rest)}
    >
      {placeholder !== undefined && (
        <option value="" disabled>
          {placeholder}
        </option>
      )}
      {options.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
