import { useState, type CSSProperties, type ReactNode } from 'react';
import './controls.css';
import { dataAttrs, type DataAttrs } from './data-attrs';

interface Props extends DataAttrs {
  value?: number | null;
  /** Optional inside a Form.Item, which supplies it; null when the box is emptied. */
  onChange?: (value: number | null) => void;
  /** Set by a Form.Item: its label points at the box. */
  id?: string;
  min?: number;
  max?: number;
  /** Digits after the point (0: whole numbers, the default). */
  precision?: number;
  placeholder?: string;
  /** A unit after the number, inside the box. */
  suffix?: ReactNode;
  style?: CSSProperties;
  disabled?: boolean;
  'aria-label'?: string;
}

const shown = (value: number | null | undefined) => (value == null ? '' : String(value));

/**
 * The browser's number box with antd's input look (`.fuwu-number` in controls.css): typed digits
 * are the value, leaving the box rounds to the precision and keeps it within min and max, as
 * antd's InputNumber does, without its ~8 KB gzip (steppers, formatter, big-number maths).
 * Test ids go to the <input>.
 */
export function NumberInput({
  value,
  onChange,
  id,
  min,
  max,
  precision = 0,
  placeholder,
  suffix,
  style,
  disabled,
  ...rest
}: Props) {
  const [text, setText] = useState(() => shown(value));
  // A value set from outside (the form's reset, the server's reply) replaces what is typed.
  const [last, setLast] = useState(value);
  if (value !== last) {
    setLast(value);
    if (text === '' || Number(text) !== value) setText(shown(value));
  }

  const settle = () => {
    if (text.trim() === '') return;
    let n = Number(text);
    if (!Number.isFinite(n)) return;
    n = Number(n.toFixed(precision));
    if (min !== undefined) n = Math.max(min, n);
    if (max !== undefined) n = Math.min(max, n);
    setText(String(n));
    if (n !== value) onChange?.(n);
  };

  return (
    <span className={disabled ? 'fuwu-number fuwu-number-disabled' : 'fuwu-number'} style={style}>
      <input
        id={id}
        type="number"
        inputMode={precision > 0 ? 'decimal' : 'numeric'}
        min={min}
        max={max}
        step={precision > 0 ? 10 ** -precision : 1}
        placeholder={placeholder}
        disabled={disabled}
        value={text}
        aria-label={rest['aria-label']}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          if (next.trim() === '') onChange?.(null);
          else if (Number.isFinite(Number(next))) onChange?.(Number(next));
        }}
        onBlur={settle}
        {...dataAttrs(rest)}
      />
      {suffix ? <span className="fuwu-number-suffix">{suffix}</span> : null}
    </span>
  );
}
