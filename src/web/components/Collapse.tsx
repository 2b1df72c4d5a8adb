import { useState, type ReactNode } from 'react';
import './controls.css';

interface Item {
  key: string;
  label: ReactNode;
  children: ReactNode;
}

function Panel({ item }: { item: Item }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="fuwu-collapse-item" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="fuwu-collapse-header">{item.label}</summary>
      {/* Rendered once opened, as antd's panels: the content may hold images. */}
      {open ? <div className="fuwu-collapse-content">{item.children}</div> : null}
    </details>
  );
}

/**
 * Panels that open on a click, with antd's Collapse look (`.fuwu-collapse` in controls.css), on
 * the browser's details element (keyboard and screen readers included): antd's Collapse and its
 * motion cost ~4 KB gzip for a read-only history.
 */
export function Collapse({ items }: { items: Item[] }) {
  return (
    <div className="fuwu-collapse">
      {items.map((item) => (
        <Panel key={item.key} item={item} />
      ))}
    </div>
  );
}
