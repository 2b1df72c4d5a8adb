import type { CSSProperties } from 'react';
import './controls.css';
import { dataAttrs, type DataAttrs } from './data-attrs';

interface Props<V extends string> extends DataAttrs {
  value?: V[] | null;
  /** Optional inside a Form.Item, which supplies it. */
  onChange?: (value: V[]) => void;
  /** Set by a Form.Item: on the group, so a click on the item's label toggles no box. */
  id?: string;
  options: { value: V; label: string }[];
  style?: CSSProperties;
  'aria-label'?: string;
}

/**
 * Several of a short fixed list of choices, as the browser's checkboxes in a row
 * (`.fuwu-checks` in controls.css); the value keeps the options' order. For what antd's Select
 * in multiple mode did with a dropdown (~35 KB gzip).
 */
export function CheckboxGroup<V extends string>({
  value,
  onChange,
  id,
  options,
  style,
  ...rest
}: Props<V>) {
  const chosen = value ?? [];
  const toggle = (v: V, on: boolean) =>
    onChange?.(options.map((o) => o.value).filter((o) => (o === v ? on : chosen.includes(o))));
  return (
    <div
      role="group"
      id={id}
      className="fuwu-checks"
      style={style}
      aria-label={rest['aria-label']}
      {...dataAttrs(rest)}
    >
      {options.map((o) => (
        <label key={o.value} className="fuwu-checks-item">
          <input
            type="checkbox"
            value={o.value}
            checked={chosen.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}
