import type { CSSProperties, MouseEventHandler, ReactNode } from 'react';

/**
 * antd's Typography look (`.fuwu-text` in styles.css) without its JavaScript: antd's Typography
 * carries its editable mode (TextArea and the Input styles) and copy/ellipsis machinery, ~15 KB
 * gzip. Text that must be copyable keeps using antd's Typography.
 */
type TextType = 'secondary' | 'success' | 'warning' | 'danger';
interface Common {
  type?: TextType;
  strong?: boolean;
  code?: boolean;
  /** One line (true) or `rows` lines, cut with an ellipsis. */
  ellipsis?: boolean | { rows: number };
  style?: CSSProperties;
  children?: ReactNode;
  'data-testid'?: string;
}

function classes(base: string, { type, ellipsis }: Common): string {
  return [
    base,
    type && `fuwu-text-${type}`,
    ellipsis === true && 'fuwu-text-ellipsis',
    typeof ellipsis === 'object' && 'fuwu-text-clamp',
  ]
    .filter(Boolean)
    .join(' ');
}

function Content({ strong, code, children }: Common) {
  let content = children;
  if (code) content = <code>{content}</code>;
  if (strong) content = <strong>{content}</strong>;
  return content;
}

function clampStyle({ ellipsis, style }: Common): CSSProperties | undefined {
  return typeof ellipsis === 'object' ? { WebkitLineClamp: ellipsis.rows, ...style } : style;
}

function Text(props: Common) {
  return (
    <span
      className={classes('fuwu-text', props)}
      style={clampStyle(props)}
      data-testid={props['data-testid']}
    >
      <Content {...props} />
    </span>
  );
}

function Paragraph(props: Common) {
  return (
    <div
      className={classes('fuwu-text fuwu-paragraph', props)}
      style={clampStyle(props)}
      data-testid={props['data-testid']}
    >
      <Content {...props} />
    </div>
  );
}

function Title({ level = 1, ...props }: Common & { level?: 1 | 2 | 3 | 4 | 5 }) {
  const H = `h${level}` as const;
  return (
    <H
      className={classes(`fuwu-text fuwu-title fuwu-h${level}`, props)}
      style={props.style}
      data-testid={props['data-testid']}
    >
      <Content {...props} />
    </H>
  );
}

function Link(
  props: Common & {
    href?: string;
    target?: string;
    onClick?: MouseEventHandler<HTMLAnchorElement>;
  },
) {
  const { href, target, onClick } = props;
  return (
    <a
      className={classes('fuwu-text fuwu-link', props)}
      style={props.style}
      href={href}
      target={target}
      rel={target === '_blank' ? 'noopener noreferrer' : undefined}
      onClick={onClick}
      data-testid={props['data-testid']}
    >
      <Content {...props} />
    </a>
  );
}

/** A block of rich text (sanitized HTML): headings, paragraphs and lists spaced like antd's. */
function Article({ children }: { children?: ReactNode }) {
  return <article className="fuwu-text fuwu-article">{children}</article>;
}

export const Typography = Object.assign(Article, { Text, Paragraph, Title, Link });
