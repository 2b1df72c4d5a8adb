export {
  ensurePolicy,
  getPolicy,
  updatePolicy,
  ensureCookieSecret,
  ensureSecret,
  ensureBuiltinCalendar,
  loadCalendar,
  workingDaysFromNow,
  workingDaysLeft,
  reviewDaysLeft,
  getCalendarYear,
  putCalendarYear,
} from './policy.service';
export { policyRoutes } from './policy.routes';
