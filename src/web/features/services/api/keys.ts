/** Query keys of the feature: every write invalidates what it changed. */
export const servicesKeys = {
  all: ['services'] as const,
  mine: ['services', 'mine'] as const,
  options: ['services', 'options'] as const,
  one: (id: string) => ['services', 'mine', id] as const,
  ops: (scope: string) => ['services', 'ops', scope] as const,
  opsOne: (id: string) => ['services', 'ops', 'one', id] as const,
  market: (id: string) => ['services', 'market', id] as const,
};
