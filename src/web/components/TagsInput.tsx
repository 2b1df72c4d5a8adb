import { useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n';
import './controls.css';
import { dataAttrs, type DataAttrs } from './data-attrs';

interface Props extends DataAttrs {
  value?: string[] | null;
  /** Optional inside a Form.Item, which supplies it. */
  onChange?: (value: string[]) => void;
  /** Set by a Form.Item: its label points at the text box. */
  id?: string;
  /** Typing one of these ends a word, as Enter does. */
  separators?: string[];
  style?: CSSProperties;
  'aria-label'?: string;
}

/** Trimmed, non-empty words added after `list`, each once. */
function withWords(list: string[], words: string[]): string[] {
  const next = [...list];
  for (const word of words.map((w) => w.trim())) {
    if (word && !next.includes(word)) next.push(word);
  }
  return next;
}

/**
 * A free list of words with antd's tags look (`.fuwu-tags` in controls.css): a text box that adds
 * a word on Enter, a separator or leaving the box, each word a tag with a remove button, and
 * Backspace in the empty box removing the last one. antd's Select in tags mode (virtual list,
 * dropdown, search) costs ~35 KB gzip for what is a text box here.
 */
export function TagsInput({
  value,
  onChange,
  id,
  separators = [',', '，'],
  style,
  ...rest
}: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const words = value ?? [];

  const add = (text: string) => {
    const parts = separators.reduce<string[]>(
      (acc, sep) => acc.flatMap((p) => p.split(sep)),
      [text],
    );
    const next = withWords(words, parts);
    if (next.length !== words.length) onChange?.(next);
  };
  const type = (text: string) => {
    if (!separators.some((sep) => text.includes(sep))) return setDraft(text);
    const parts = text.split(new RegExp(`[${separators.join('')}]`));
    const rest = parts.pop() ?? '';
    add(parts.join(separators[0]));
    setDraft(rest);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault(); // a word, not the form's submission
      add(draft);
      setDraft('');
    } else if (e.key === 'Backspace' && draft === '' && words.length > 0) {
      onChange?.(words.slice(0, -1));
    }
  };

  return (
    <div
      className="fuwu-tags"
      style={style}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('button')) input.current?.focus();
      }}
      {...dataAttrs(rest)}
    >
      {words.map((word) => (
        <span key={word} className="fuwu-tags-item">
          {word}
          <button
            type="button"
            className="fuwu-tags-remove"
            aria-label={t('common.removeWord', { word })}
            onClick={() => onChange?.(words.filter((w) => w !== word))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        ref={input}
        id={id}
        className="fuwu-tags-input"
        value={draft}
        aria-label={rest['aria-label']}
        onChange={(e) => type(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          add(draft);
          setDraft('');
        }}
      />
    </div>
  );
}
