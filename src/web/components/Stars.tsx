import type { CSSProperties } from 'react';

/**
 * A read-only star rating in antd Rate's look (`.fuwu-stars` in styles.css), halves included:
 * antd's Rate brings Tooltip and its popup machinery (~12 KB gzip) to show five stars.
 */
export function Stars({ value, style }: { value: number; style?: CSSProperties }) {
  const rounded = Math.round(value * 2) / 2;
  return (
    <span className="fuwu-stars" style={style} role="img" aria-label={`${rounded} / 5`}>
      {[1, 2, 3, 4, 5].map((n) => {
        const fill = rounded >= n ? 100 : rounded >= n - 0.5 ? 50 : 0;
        return (
          <span key={n} className="fuwu-star">
            ★<span style={{ width: `${fill}%` }}>★</span>
          </span>
        );
      })}
    </span>
  );
}
