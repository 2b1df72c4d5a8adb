/** The feature's one door to the shared layers (lib, components, contracts): what it depends on, in one place. */
export { apiRequest } from '../../lib/api';
export { applyFieldErrors } from '../../lib/form-errors';
export { ErrorAlert } from '../../components/ErrorAlert';
export { PageSpinner } from '../../components/PageSpinner';
export type {
  calendarCoverageReplySchema,
  calendarDaySchema,
  calendarYearBodySchema,
  calendarYearReplySchema,
} from '../../../contracts/ops';
