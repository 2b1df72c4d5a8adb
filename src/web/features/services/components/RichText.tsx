import { BoldOutlined, ItalicOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../i18n';

/**
 * A small rich-text editor (bold, italic, bullet list) on contentEditable. The HTML it produces
 * is sanitized on the server before it is stored.
 */
export function RichText({
  value,
  onChange,
}: {
  value?: string;
  onChange?: (html: string) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current && ref.current.innerHTML !== (value ?? '')) ref.current.innerHTML = value ?? '';
  }, [value]);
  const exec = (command: string) => {
    ref.current?.focus();
    document.execCommand(command);
    onChange?.(ref.current?.innerHTML ?? '');
  };
  return (
    <div style={{ border: '1px solid #d9d9d9', borderRadius: 6 }}>
      <Flex gap="small" align="center" style={{ padding: 4, borderBottom: '1px solid #f0f0f0' }}>
        <Button
          size="small"
          icon={<BoldOutlined />}
          aria-label={t('services.rich.bold')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => exec('bold')}
        />
        <Button
          size="small"
          icon={<ItalicOutlined />}
          aria-label={t('services.rich.italic')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => exec('italic')}
        />
        <Button
          size="small"
          icon={<UnorderedListOutlined />}
          aria-label={t('services.rich.list')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => exec('insertUnorderedList')}
        />
      </Flex>
      <div
        ref={ref}
        contentEditable
        role="textbox"
        aria-multiline
        data-testid="service-description"
        style={{ minHeight: 120, padding: 8, outline: 'none' }}
        onInput={(e) => onChange?.((e.target as HTMLDivElement).innerHTML)}
      />
    </div>
  );
}
