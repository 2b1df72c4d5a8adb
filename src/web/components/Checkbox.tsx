import type { ChangeEvent, ReactNode } from 'react';
import './controls.css';
import { dataAttrs, type DataAttrs } from './data-attrs';

interface Props extends DataAttrs {
  /** Set by a Form.Item with `valuePropName="checked"`, which reads the event's target. */
  checked?: boolean;
  onChange?: (e: ChangeEvent<HTMLInputElement>) => void;
  id?: string;
  disabled?: boolean;
  children?: ReactNode;
}

/**
 * One browser checkbox with its label (`.fuwu-checks-item` in controls.css), for a yes/no field:
 * antd's Checkbox and its wave effect cost ~3 KB gzip for the same. Test ids go to the <input>.
 */
export function Checkbox({ checked, onChange, id, disabled, children, ...rest }: Props) {
  return (
    <label className="fuwu-checks-item">
      <input
        type="checkbox"
        id={id}
        checked={Boolean(checked)}
        disabled={disabled}
        onChange={onChange}
        {...dataAttrs(rest)}
      />
      {children}
    </label>
  );
}
