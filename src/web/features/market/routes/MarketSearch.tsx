import { useState } from 'react';
import { Button, Col, Empty, Flex, InputNumber, Radio, Row, Space } from 'antd';
import { FilterSelect } from '../../../components/Filters';
import { Typography } from '../../../components/Typography';
import { useTranslation } from '../../../i18n';
import { useSearchParams } from 'react-router';
import { useCategories } from '../api/list-categories';
import { useMarketSearch } from '../api/market';
import { SearchBox } from '../components/SearchBox';
import { ServiceCard } from '../components/ServiceCard';
import { ErrorAlert, PageSpinner, type MarketSort } from '../deps';

const SORTS: MarketSort[] = ['newest', 'sales', 'rating'];
const yuanToFen = (v: string | null) => (v ? Math.round(Number(v) * 100) : undefined);

/** Results: search or a category listing, with filters, sorts and keyset pages. */
export default function MarketSearch() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const category = params.get('category') ?? undefined;
  const type = params.get('type') ?? undefined;
  const min = params.get('min');
  const max = params.get('max');
  const sort = (SORTS.find((s) => s === params.get('sort')) ?? 'newest') as MarketSort;
  // Cursors of the pages before this one (keyset paging goes forward; "previous" pops).
  const [stack, setStack] = useState<string[]>([]);
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const filterKey = params.toString();
  const [seenKey, setSeenKey] = useState(filterKey);
  if (seenKey !== filterKey) {
    setSeenKey(filterKey);
    setStack([]);
    setCursor(undefined);
  }
  const categories = useCategories();
  const result = useMarketSearch({
    q: q || undefined,
    category,
    type,
    minPriceFen: yuanToFen(min),
    maxPriceFen: yuanToFen(max),
    sort,
    cursor,
  });

  const set = (k: string, v: string | null | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next);
  };

  return (
    <Flex vertical gap={16}>
      <div style={{ maxWidth: 640 }}>
        <SearchBox initial={q} />
      </div>
      <Space wrap>
        <FilterSelect
          style={{ minWidth: 200 }}
          placeholder={t('market.filter.category')}
          value={category}
          onChange={(v: string | undefined) => set('category', v)}
          data-testid="market-filter-category"
          options={(categories.data?.items ?? []).map((c) => ({
            value: c.id,
            label: `${c.group} - ${c.name}`,
          }))}
        />
        <FilterSelect
          style={{ minWidth: 140 }}
          placeholder={t('market.filter.type')}
          value={type}
          onChange={(v: string | undefined) => set('type', v)}
          options={(['tool', 'operation', 'service'] as const).map((v) => ({
            value: v,
            label: t(`serviceType.${v}`),
          }))}
        />
        <InputNumber
          min={0}
          placeholder={t('market.filter.minPrice')}
          value={min ? Number(min) : null}
          onChange={(v) => set('min', v == null ? null : String(v))}
        />
        <InputNumber
          min={0}
          placeholder={t('market.filter.maxPrice')}
          value={max ? Number(max) : null}
          onChange={(v) => set('max', v == null ? null : String(v))}
        />
        <Radio.Group
          optionType="button"
          value={sort}
          onChange={(e) => set('sort', e.target.value as string)}
          options={SORTS.map((s) => ({ value: s, label: t(`market.sort.${s}`) }))}
        />
      </Space>
      {result.isPending && <PageSpinner />}
      {result.isError && <ErrorAlert error={result.error} />}
      {result.data && (
        <>
          <Typography.Text type="secondary" data-testid="market-result-total">
            {result.data.totalCapped
              ? t('market.totalCapped', { count: result.data.total })
              : t('market.total', { count: result.data.total })}
          </Typography.Text>
          {result.data.items.length === 0 ? (
            <Empty description={t('market.noResults')} />
          ) : (
            <Row gutter={[16, 16]}>
              {result.data.items.map((s) => (
                <Col key={s.id} xs={24} md={12} xl={6}>
                  <ServiceCard s={s} />
                </Col>
              ))}
            </Row>
          )}
          <Flex gap={8} justify="center">
            <Button
              disabled={stack.length === 0}
              onClick={() => {
                const prev = [...stack];
                const c = prev.pop();
                setStack(prev);
                setCursor(c === '' ? undefined : c);
              }}
            >
              {t('market.prevPage')}
            </Button>
            <Button
              disabled={!result.data.nextCursor}
              data-testid="market-next-page"
              onClick={() => {
                setStack([...stack, cursor ?? '']);
                setCursor(result.data.nextCursor ?? undefined);
              }}
            >
              {t('market.nextPage')}
            </Button>
          </Flex>
        </>
      )}
    </Flex>
  );
}
