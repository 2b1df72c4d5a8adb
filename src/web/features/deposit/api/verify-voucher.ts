import type { z } from 'zod';
import { apiRequest, type voucherVerifyReplySchema } from '../deps';

export type VoucherCheck = z.infer<typeof voucherVerifyReplySchema>;

export const verifyVoucher = (v: { no: string; code: string }) =>
  apiRequest<VoucherCheck>('/api/public/vouchers/verify', { query: v });
