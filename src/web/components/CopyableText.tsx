import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from '../i18n';
import './display.css';

/**
 * Code-styled text with a copy button, as antd's `<Typography.Text copyable code>`: antd's
 * Typography brings its editable mode and Tooltip (~20 KB gzip) for this one button.
 */
export function CopyableText({
  text,
  'data-testid': testId,
}: {
  text: string;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard.writeText(text).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 3000);
    });
  return (
    <span className="fuwu-text">
      <code data-testid={testId}>{text}</code>
      <button
        type="button"
        className="fuwu-copy"
        aria-label={copied ? t('common.copied') : t('common.copy')}
        title={copied ? t('common.copied') : t('common.copy')}
        onClick={copy}
      >
        {copied ? <CheckOutlined /> : <CopyOutlined />}
      </button>
    </span>
  );
}
