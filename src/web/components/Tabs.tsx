import { useState, type ReactNode } from 'react';

/**
 * A tab bar in antd Tabs' look (`.fuwu-tabs` in styles.css) that renders only the active pane:
 * antd's Tabs brings Dropdown and Menu for overflowing tab bars, ~20 KB gzip for two tabs.
 */
export function Tabs({
  items,
}: {
  items: { key: string; label: ReactNode; children: ReactNode }[];
}) {
  const [active, setActive] = useState(items[0]?.key);
  return (
    <div className="fuwu-tabs">
      <div role="tablist" className="fuwu-tabs-bar">
        {items.map((item) => (
          <button
            key={item.key}
            type="button"
            role="tab"
            aria-selected={item.key === active}
            onClick={() => setActive(item.key)}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div role="tabpanel">{items.find((i) => i.key === active)?.children}</div>
    </div>
  );
}
