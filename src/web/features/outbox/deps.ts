/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest } from '../../lib/api';
export { formatDateTime } from '../../lib/format';
export { ErrorAlert } from '../../components/ErrorAlert';
export { useUrlFilters } from '../../lib/use-url-filters';
export type { outboxListQuerySchema, outboxListReplySchema } from '../../../contracts/ops';
