import type { CSSProperties, ReactNode } from 'react';
import './controls.css';

interface Props {
  /** Index of the step being shown. */
  current: number;
  items: { title: ReactNode; status?: 'error' }[];
  style?: CSSProperties;
}

/**
 * Where a visitor is in a sequence, with antd's Steps look (`.fuwu-steps` in controls.css):
 * numbers, a tick for the steps done, red for a step with an error. Display only: antd's Steps
 * brought Tooltip and its trigger (~22 KB gzip) for titles this app never puts tooltips on.
 */
export function Steps({ current, items, style }: Props) {
  return (
    <ol className="fuwu-steps" style={style}>
      {items.map((item, i) => {
        const state =
          item.status === 'error'
            ? 'error'
            : i < current
              ? 'finish'
              : i === current
                ? 'process'
                : 'wait';
        return (
          <li
            key={i}
            className={`fuwu-steps-item fuwu-steps-${state}`}
            aria-current={i === current ? 'step' : undefined}
            data-status={state}
          >
            <span className="fuwu-steps-icon" aria-hidden>
              {state === 'finish' ? '✓' : state === 'error' ? '!' : i + 1}
            </span>
            <span className="fuwu-steps-title">{item.title}</span>
          </li>
        );
      })}
    </ol>
  );
}
