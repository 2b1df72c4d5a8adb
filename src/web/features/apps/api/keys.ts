/** Query keys of the feature: every write invalidates what it changed. */
export const appsKeys = {
  all: ['apps'] as const,
  mine: ['apps', 'mine'] as const,
  one: (id: string) => ['apps', 'mine', id] as const,
  deliveries: (id: string) => ['apps', 'mine', id, 'deliveries'] as const,
  ops: ['apps', 'ops'] as const,
  opsOne: (id: string) => ['apps', 'ops', id] as const,
};
