import type { Actor, AppContext } from '../../platform/context';
import { maskIdNumber, maskMobile } from '../../../contracts/validators';
import { requireOnboardedProvider } from '../onboarding';
import { getCertificationSummary } from './certification.service';

/** 企业信息: the company as its onboarding was approved, and the legal representative (ID masked). */
export async function getEnterprise(ctx: AppContext, actor: Actor | null) {
  const profile = await requireOnboardedProvider(ctx, actor);
  const c = profile.company;
  return {
    companyName: profile.companyName,
    creditCode: profile.creditCode,
    companyType: c.companyType ?? '',
    registeredCapitalWan: Number(c.registeredCapitalWan ?? 0),
    establishedOn: c.establishedOn ?? '',
    staffSize: Number(c.staffSize ?? 0),
    address: c.address ?? '',
    legalRepName: c.legalRepName ?? '',
    legalRepIdMasked: maskIdNumber(c.legalRepIdNumber ?? ''),
    contactName: c.contactName ?? '',
    contactMobileMasked: maskMobile(c.contactMobile ?? ''),
    contactEmail: c.contactEmail ?? '',
    approvedAt: profile.approvedAt.toISOString(),
    certification: await getCertificationSummary(ctx, profile.providerId),
  };
}
