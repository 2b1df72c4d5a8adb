/** The payment gateway port: the sandbox implements it; real Alipay/WeChat adapters plug in here. */
export type Channel = 'alipay' | 'wechat' | 'bank_personal' | 'bank_corporate';
export const CHANNELS: Channel[] = ['alipay', 'wechat', 'bank_personal', 'bank_corporate'];

/** WeChat Pay notifies in its own signed-header JSON style; the others in Alipay's form style. */
export const notifyStyle = (c: Channel): 'alipay' | 'wechat' =>
  c === 'wechat' ? 'wechat' : 'alipay';

export type GatewayOrderStatus = 'WAIT_BUYER_PAY' | 'TRADE_SUCCESS' | 'TRADE_CLOSED' | 'NOT_FOUND';

/** What a verified notification says, in one shape for every channel. */
export type VerifiedNotice = {
  outTradeNo: string;
  tradeNo: string;
  appId: string;
  amountFen: number;
  status: GatewayOrderStatus;
  paidAt: Date | null;
};

export interface PaymentGateway {
  readonly name: string;
  readonly appId: string;
  createOrder(o: {
    outTradeNo: string;
    amountFen: number;
    channel: Channel;
    subject: string;
    notifyUrl: string;
    returnUrl: string;
  }): Promise<{ tradeNo: string; cashierUrl: string }>;
  queryOrder(outTradeNo: string): Promise<{
    status: GatewayOrderStatus;
    tradeNo?: string;
    amountFen?: number;
    paidAt?: Date | null;
  }>;
  closeOrder(outTradeNo: string): Promise<{ closed: boolean; status: GatewayOrderStatus }>;
  refund(outTradeNo: string, amountFen: number): Promise<{ refunded: boolean }>;
  /** Checks the signature and reads the notification; throws when it is not authentic. */
  verifyNotification(
    style: 'alipay' | 'wechat',
    headers: Record<string, string | undefined>,
    rawBody: string,
  ): VerifiedNotice;
}
