import { SearchOutlined } from '@ant-design/icons';
import { useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from '../i18n';

/**
 * The filter bar controls of list pages as native elements with antd's look (`.fuwu-input` in
 * styles.css): antd's Select (with its virtual list and popup) and Input (with TextArea, OTP and
 * Password) cost ~30 KB gzip on a list page for a choice among a few values and a search box.
 * Forms keep antd's controls.
 */
export function FilterSelect<V extends string>(props: {
  value?: V;
  onChange: (value: V | undefined) => void;
  options: readonly { value: V; label: ReactNode }[];
  /** Shown, and chosen to clear the filter, as the first entry. */
  placeholder: string;
  style?: CSSProperties;
  'data-testid'?: string;
}) {
  return (
    <select
      className={`fuwu-input fuwu-select${props.value ? '' : ' fuwu-placeholder'}`}
      style={props.style}
      value={props.value ?? ''}
      aria-label={props.placeholder}
      data-testid={props['data-testid']}
      onChange={(e) => props.onChange((e.target.value || undefined) as V | undefined)}
    >
      <option value="">{props.placeholder}</option>
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A search box: Enter or the button searches; clearing it searches for ''. */
export function SearchInput(props: {
  defaultValue?: string;
  placeholder?: string;
  onSearch: (value: string) => void;
  /** A primary button with this text instead of the magnifier. */
  enterButton?: string;
  size?: 'large';
  maxLength?: number;
  style?: CSSProperties;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(props.defaultValue ?? '');
  const large = props.size === 'large' ? ' fuwu-input-lg' : '';
  return (
    <span className={`fuwu-search${large}`} style={props.style} data-testid={props['data-testid']}>
      <span className="fuwu-input fuwu-search-box">
        <input
          type="search"
          value={value}
          maxLength={props.maxLength}
          placeholder={props.placeholder}
          aria-label={props.placeholder}
          onChange={(e) => {
            setValue(e.target.value);
            // the browser's clear button, or deleting everything: the filter goes, as in antd
            if (!e.target.value) props.onSearch('');
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') props.onSearch(value);
          }}
        />
      </span>
      <button
        type="button"
        className={props.enterButton ? 'fuwu-search-button fuwu-primary' : 'fuwu-search-button'}
        aria-label={props.enterButton ?? t('common.search')}
        onClick={() => props.onSearch(value)}
      >
        {props.enterButton ?? <SearchOutlined />}
      </button>
    </span>
  );
}
