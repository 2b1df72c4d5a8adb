/** `data-*` props a display component passes to its root element (test ids, states). */
export type DataAttrs = { [name: `data-${string}`]: string | undefined };

/** The `data-*` entries of a component's props: JSX does not type-check hyphenated props. */
export function dataAttrs(props: object): DataAttrs {
  return Object.fromEntries(
    Object.entries(props).filter(([name]) => name.startsWith('data-')),
  ) as DataAttrs;
}
