import { SearchInput } from '../../../components/Filters';
import { useTranslation } from '../../../i18n';
import { useNavigate } from 'react-router';

/** The market's search box: goes to the results page with the query. */
export function SearchBox({ initial = '' }: { initial?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <SearchInput
      key={initial}
      defaultValue={initial}
      size="large"
      maxLength={50}
      enterButton={t('market.searchButton')}
      placeholder={t('market.searchPlaceholder')}
      data-testid="market-search-input"
      onSearch={(value) => {
        const q = value.trim();
        void navigate(q ? `/market/search?q=${encodeURIComponent(q)}` : '/market/search');
      }}
    />
  );
}
