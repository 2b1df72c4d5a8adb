import { Fragment, type CSSProperties, type Key, type ReactNode } from 'react';
import './display.css';
import { dataAttrs, type DataAttrs } from './data-attrs';

interface ListProps<T> extends DataAttrs {
  dataSource: T[];
  renderItem: (item: T, index: number) => ReactNode;
  rowKey?: (item: T, index: number) => Key;
  size?: 'small' | 'default';
  style?: CSSProperties;
}

/**
 * antd's List look (`.fuwu-list` in display.css) without its JavaScript: antd's List brings
 * Pagination, and with it Select, ~45 KB gzip for a read-only list. No paging, no loading state.
 */
function ListBox<T>({ dataSource, renderItem, rowKey, size, style, ...rest }: ListProps<T>) {
  return (
    <ul
      className={size === 'small' ? 'fuwu-list fuwu-list-small' : 'fuwu-list'}
      style={style}
      {...dataAttrs(rest)}
    >
      {dataSource.map((item, i) => (
        <Fragment key={rowKey ? rowKey(item, i) : i}>{renderItem(item, i)}</Fragment>
      ))}
    </ul>
  );
}

interface ItemProps {
  children?: ReactNode;
  style?: CSSProperties;
  [data: `data-${string}`]: string | undefined;
}

function Item({ children, style, ...data }: ItemProps) {
  return (
    <li className="fuwu-list-item" style={style} {...data}>
      {children}
    </li>
  );
}

function Meta({
  avatar,
  title,
  description,
}: {
  avatar?: ReactNode;
  title?: ReactNode;
  description?: ReactNode;
}) {
  return (
    <div className="fuwu-list-meta">
      {avatar !== undefined && <div className="fuwu-list-meta-avatar">{avatar}</div>}
      <div className="fuwu-list-meta-content">
        {title !== undefined && <div className="fuwu-list-meta-title">{title}</div>}
        {description !== undefined && (
          <div className="fuwu-list-meta-description">{description}</div>
        )}
      </div>
    </div>
  );
}

export const List = Object.assign(ListBox, { Item: Object.assign(Item, { Meta }) });
