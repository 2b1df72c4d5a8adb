import { useState, type CSSProperties, type Key, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { Spinner } from './PageSpinner';

/**
 * A plain HTML table with antd's look and the subset of antd Table's API the pages use (columns
 * with title/dataIndex/render/width/align, rowKey, pagination, loading, size, scroll.x,
 * locale.emptyText, expandable.expandedRowRender). antd's Table with its Pagination and Select
 * costs ~48 KB gzip on first visit; this costs ~1 KB, styled by `.fuwu-table` in styles.css.
 */
export interface ColumnType<T> {
  title?: ReactNode;
  key?: Key;
  dataIndex?: string;
  width?: number | string;
  align?: 'left' | 'right' | 'center';
  render?: (value: never, record: T, index: number) => ReactNode;
}
export type ColumnsType<T> = ColumnType<T>[];

export interface TablePagination {
  current?: number;
  pageSize?: number;
  /** Rows on the server; when absent the table pages through dataSource itself. */
  total?: number;
  showSizeChanger?: boolean;
  onChange?: (page: number, pageSize: number) => void;
}

interface Props<T> {
  columns: ColumnsType<T>;
  dataSource: readonly T[] | undefined;
  rowKey: (keyof T & string) | ((record: T) => Key);
  pagination?: false | TablePagination;
  loading?: boolean;
  size?: 'small' | 'middle' | 'large';
  scroll?: { x?: number | string | true };
  style?: CSSProperties;
  locale?: { emptyText?: ReactNode };
  expandable?: { expandedRowRender: (record: T) => ReactNode };
  'data-testid'?: string;
}

function Pager({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (p: number) => void;
}) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  const items: ReactNode[] = [];
  shown.forEach((p, i) => {
    if (i > 0 && p - shown[i - 1]! > 1) items.push(<li key={`gap${p}`}>…</li>);
    items.push(
      <li key={p}>
        <button
          type="button"
          aria-current={p === page ? 'page' : undefined}
          onClick={() => onPage(p)}
        >
          {p}
        </button>
      </li>,
    );
  });
  return (
    <ul className="fuwu-pager">
      <li>
        <button
          type="button"
          aria-label={t('common.prevPage')}
          disabled={page <= 1}
          onClick={() => onPage(page - 1)}
        >
          ‹
        </button>
      </li>
      {items}
      <li>
        <button
          type="button"
          aria-label={t('common.nextPage')}
          disabled={page >= pages}
          onClick={() => onPage(page + 1)}
        >
          ›
        </button>
      </li>
    </ul>
  );
}

export function Table<T extends object>(props: Props<T>) {
  const { columns, rowKey, pagination, expandable } = props;
  const { t } = useTranslation();
  const [ownPage, setOwnPage] = useState(1);
  const [expanded, setExpanded] = useState<ReadonlySet<Key>>(new Set());
  const rows = props.dataSource ?? [];
  const keyOf = (r: T): Key =>
    typeof rowKey === 'function' ? rowKey(r) : (r[rowKey] as unknown as Key);

  const paged = pagination !== false;
  const pageSize = (paged && pagination?.pageSize) || 10;
  const serverSide = paged && pagination?.total !== undefined;
  const total = serverSide ? pagination.total! : rows.length;
  const pages = paged ? Math.max(1, Math.ceil(total / pageSize)) : 1;
  const page = Math.min((paged && pagination?.current) || ownPage, pages);
  const visible = paged && !serverSide ? rows.slice((page - 1) * pageSize, page * pageSize) : rows;
  const setPage = (p: number) => {
    setOwnPage(p);
    if (paged) pagination?.onChange?.(p, pageSize);
  };
  const toggle = (key: Key) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const span = columns.length + (expandable ? 1 : 0);

  return (
    <div
      className={`fuwu-table fuwu-table-${props.size ?? 'large'}`}
      style={props.style}
      data-testid={props['data-testid']}
    >
      <div className="fuwu-table-holder" aria-busy={!!props.loading}>
        {props.loading && (
          <div className="fuwu-table-loading">
            <Spinner />
          </div>
        )}
        <div className="fuwu-table-scroll">
          <table style={props.scroll?.x === 'max-content' ? { width: 'max-content' } : undefined}>
            <thead>
              <tr>
                {expandable && <th className="fuwu-table-expand" />}
                {columns.map((c, i) => (
                  <th
                    key={c.key ?? c.dataIndex ?? i}
                    style={{ width: c.width, textAlign: c.align }}
                  >
                    {c.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {visible.length === 0 && (
                <tr>
                  <td colSpan={span} className="fuwu-table-empty">
                    {props.locale?.emptyText ?? t('common.noData')}
                  </td>
                </tr>
              )}
              {visible.map((r, index) => {
                const key = keyOf(r);
                const open = expanded.has(key);
                return [
                  <tr key={key} data-row-key={key} className="ant-table-row">
                    {expandable && (
                      <td className="fuwu-table-expand">
                        <button
                          type="button"
                          aria-expanded={open}
                          aria-label={t(open ? 'common.collapseRow' : 'common.expandRow')}
                          onClick={() => toggle(key)}
                        >
                          {open ? '−' : '+'}
                        </button>
                      </td>
                    )}
                    {columns.map((c, i) => {
                      const value =
                        c.dataIndex === undefined
                          ? undefined
                          : (r as Record<string, unknown>)[c.dataIndex];
                      return (
                        <td key={c.key ?? c.dataIndex ?? i} style={{ textAlign: c.align }}>
                          {c.render ? c.render(value as never, r, index) : (value as ReactNode)}
                        </td>
                      );
                    })}
                  </tr>,
                  open && expandable && (
                    <tr key={`${key}-expanded`} className="fuwu-table-expanded">
                      <td colSpan={span}>{expandable.expandedRowRender(r)}</td>
                    </tr>
                  ),
                ];
              })}
            </tbody>
          </table>
        </div>
      </div>
      {paged && <Pager page={page} pages={pages} onPage={setPage} />}
    </div>
  );
}
