import type { Actor, AppContext } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { shanghaiDate } from '../../platform/calendar';
import { findOwnedFile, saveUpload } from '../files';
import * as rules from './certification.rules';
import { certifiable, reviewDeadline, submitInTx } from './certification.service';
import { fileOwner } from './qualification-common.service';

/** Agent certification: the agent's identity, both sides of the ID card, a power of attorney. */
export async function submitAgentCertification(
  ctx: AppContext,
  actor: Actor | null,
  b: {
    agentName: string;
    agentIdNumber: string;
    idFrontFileId: string;
    idBackFileId: string;
    attorneyFileId: string;
  },
) {
  const { who, profile } = await certifiable(ctx, actor);
  const idNumber = b.agentIdNumber.toUpperCase();
  const errors = rules.idNumberFieldIssue('agentIdNumber', idNumber, shanghaiDate(ctx.clock.now()));
  const files = [
    ['idFrontFileId', b.idFrontFileId, 'certification-id-image'],
    ['idBackFileId', b.idBackFileId, 'certification-id-image'],
    ['attorneyFileId', b.attorneyFileId, 'certification-attorney'],
  ] as const;
  for (const [field, id, purpose] of files)
    if (!(await findOwnedFile(ctx, fileOwner(profile), id, purpose)))
      errors[field] = 'validation.qualification.fileUnknown';
  if (Object.keys(errors).length) throw invalid(errors);
  const by = await reviewDeadline(ctx);
  const now = ctx.clock.now();
  const { agentName, agentIdNumber: _id, ...fileIds } = b;
  await ctx.db.transaction((tx) =>
    submitInTx(tx, now, {
      who,
      profile,
      method: 'agent',
      data: { name: agentName.trim(), idNumber, ...fileIds },
      expectedBy: by.date,
    }),
  );
  return { state: 'submitted' as const, expectedBy: by.date };
}

export async function uploadCertificationFile(
  ctx: AppContext,
  actor: Actor | null,
  kind: 'id-image' | 'attorney',
  upload: { filename: string; bytes: Buffer },
) {
  const { profile } = await certifiable(ctx, actor);
  const purpose = kind === 'id-image' ? 'certification-id-image' : 'certification-attorney';
  return saveUpload(ctx, fileOwner(profile), purpose, upload);
}
