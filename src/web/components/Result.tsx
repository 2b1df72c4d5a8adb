import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  InfoCircleFilled,
} from '@ant-design/icons';
import type { CSSProperties, ReactNode } from 'react';
import './feedback.css';
import { dataAttrs, type DataAttrs } from './data-attrs';

type Status = 'success' | 'info' | 'warning' | 'error' | '404';

const icons: Record<Status, ReactNode> = {
  success: <CheckCircleFilled />,
  info: <InfoCircleFilled />,
  warning: <ExclamationCircleFilled />,
  error: <CloseCircleFilled />,
  '404': <span className="fuwu-result-code">404</span>,
};

interface Props extends DataAttrs {
  status?: Status;
  icon?: ReactNode;
  title?: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
  style?: CSSProperties;
  children?: ReactNode;
}

/**
 * antd's Result look (`.fuwu-result` in feedback.css) without its JavaScript: antd's Result
 * bundles its 403/404/500 illustrations, ~11 KB gzip on every page that shows a result.
 */
export function Result({
  status = 'info',
  icon,
  title,
  subTitle,
  extra,
  style,
  children,
  ...rest
}: Props) {
  return (
    <div className={`fuwu-result fuwu-result-${status}`} style={style} {...dataAttrs(rest)}>
      <div className="fuwu-result-icon">{icon ?? icons[status]}</div>
      {title !== undefined && <div className="fuwu-result-title">{title}</div>}
      {subTitle !== undefined && <div className="fuwu-result-subtitle">{subTitle}</div>}
      {extra !== undefined && <div className="fuwu-result-extra">{extra}</div>}
      {children !== undefined && <div className="fuwu-result-content">{children}</div>}
    </div>
  );
}
