export { recordAudit, listAuditLog, type AuditEntry } from './audit.service';
export { auditLogs } from './audit.tables';
export { auditRoutes } from './audit.routes';
