/**
 * antd's large Spin drawn by CSS (`.fuwu-spin` in styles.css): the spinner shows while a page's
 * chunks load, so it is in the entry, where antd's Spin and its motion cost ~3 KB gzip.
 */
export function Spinner({ label = 'loading' }: { label?: string }) {
  return (
    <span className="fuwu-spin" role="status" aria-label={label}>
      <i />
      <i />
      <i />
      <i />
    </span>
  );
}

export function PageSpinner() {
  return (
    <div
      style={{ display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: 240 }}
    >
      <Spinner />
    </div>
  );
}
