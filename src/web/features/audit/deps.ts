/*
 * The feature's one door to the shared layers (lib, components, contracts). The lint rule
 * "features never import each other's insides" also matches every `../../` path, so the
 * imports that leave the feature are kept here, in one place.
 */
export { apiRequest } from '../../lib/api';
export { formatDateTime } from '../../lib/format';
export { ErrorAlert } from '../../components/ErrorAlert';
export { useUrlFilters } from '../../lib/use-url-filters';
export type { auditListQuerySchema, auditListReplySchema } from '../../../contracts/ops';
