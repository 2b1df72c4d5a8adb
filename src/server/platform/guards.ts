import type { OperatorRole } from '../../contracts/common';
import type { Actor } from './context';
import { forbidden, unauthorized } from './errors';

/** 401 when nobody is signed in, 403 when the wrong kind of actor is. */
export function requireKind<K extends Actor['kind']>(
  actor: Actor | null,
  kind: K,
): Extract<Actor, { kind: K }> {
  if (!actor) throw unauthorized();
  if (actor.kind !== kind) throw forbidden();
  return actor as Extract<Actor, { kind: K }>;
}

/** An operator, holding `role` (admins hold every role). */
export function requireOperator(actor: Actor | null, role?: OperatorRole) {
  const op = requireKind(actor, 'operator');
  if (role && !op.roles.includes(role) && !op.roles.includes('admin')) throw forbidden();
  return op;
}
