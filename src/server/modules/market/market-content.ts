import {
  emptyServiceContent,
  serviceContentSchema,
  type ServiceContent,
} from '../../../contracts/services';

/** A stored version's content, read through its contract (a bad row reads as empty). */
export function contentOf(raw: unknown): ServiceContent {
  const parsed = serviceContentSchema.safeParse(raw);
  return parsed.success ? parsed.data : emptyServiceContent();
}
