import type { CSSProperties, ReactNode } from 'react';

interface Props {
  title?: ReactNode;
  extra?: ReactNode;
  size?: 'small' | 'default';
  cover?: ReactNode;
  hoverable?: boolean;
  style?: CSSProperties;
  children?: ReactNode;
  'data-testid'?: string;
}

/**
 * antd's Card look (`.fuwu-card` in styles.css) without its JavaScript: antd's Card imports Tabs
 * and Dropdown for its tab bar, ~18 KB gzip on every page that shows a card.
 */
function CardBox({ title, extra, size, cover, hoverable, style, children, ...rest }: Props) {
  const className = [
    'fuwu-card',
    size === 'small' && 'fuwu-card-small',
    hoverable && 'fuwu-card-hoverable',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className} style={style} data-testid={rest['data-testid']}>
      {(title !== undefined || extra !== undefined) && (
        <div className="fuwu-card-head">
          <div className="fuwu-card-title">{title}</div>
          {extra !== undefined && <div className="fuwu-card-extra">{extra}</div>}
        </div>
      )}
      {cover !== undefined && <div className="fuwu-card-cover">{cover}</div>}
      <div className="fuwu-card-body">{children}</div>
    </div>
  );
}

/** A card's title and description block, as antd's Card.Meta. */
function Meta({ title, description }: { title?: ReactNode; description?: ReactNode }) {
  return (
    <div className="fuwu-card-meta">
      {title !== undefined && <div className="fuwu-card-meta-title">{title}</div>}
      {description !== undefined && <div className="fuwu-card-meta-description">{description}</div>}
    </div>
  );
}

export const Card = Object.assign(CardBox, { Meta });
