/*
 * The feature's one door to the shared layers (lib, components, contracts). The lint rule
 * "features never import each other's insides" also matches every `../../` path, so the
 * imports that leave the feature are kept here, in one place.
 */
export { apiRequest } from '../../lib/api';
export { applyFieldErrors } from '../../lib/form-errors';
export { sessionQueryKey } from '../../lib/session';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export type { Policy, PolicyKey, policyUpdateSchema } from '../../../contracts/policy';
