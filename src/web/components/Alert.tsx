import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  InfoCircleFilled,
} from '@ant-design/icons';
import type { CSSProperties, ReactNode } from 'react';
import './feedback.css';
import { dataAttrs, type DataAttrs } from './data-attrs';

export type AlertType = 'success' | 'info' | 'warning' | 'error';

const icons: Record<AlertType, ReactNode> = {
  success: <CheckCircleFilled />,
  info: <InfoCircleFilled />,
  warning: <ExclamationCircleFilled />,
  error: <CloseCircleFilled />,
};

interface Props extends DataAttrs {
  type?: AlertType;
  title?: ReactNode;
  description?: ReactNode;
  showIcon?: boolean;
  /** Shown at the end of the alert (a link or a button). */
  action?: ReactNode;
  /** A page-wide strip: no border radius, no side borders. */
  banner?: boolean;
  style?: CSSProperties;
}

/**
 * antd's Alert look (`.fuwu-alert` in feedback.css) without its JavaScript (~3.5 KB gzip on
 * every page that shows a message): the app's alerts are never closable.
 */
export function Alert({
  type = 'info',
  title,
  description,
  showIcon,
  action,
  style,
  ...rest
}: Props) {
  const className = [
    'fuwu-alert',
    `fuwu-alert-${type}`,
    description && 'fuwu-alert-with-description',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div role="alert" className={className} style={style} {...dataAttrs(rest)}>
      {showIcon && <span className="fuwu-alert-icon">{icons[type]}</span>}
      <div className="fuwu-alert-content">
        {title !== undefined && <div className="fuwu-alert-title">{title}</div>}
        {description !== undefined && <div className="fuwu-alert-description">{description}</div>}
      </div>
      {action !== undefined && <div className="fuwu-alert-action">{action}</div>}
    </div>
  );
}
