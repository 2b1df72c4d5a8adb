/**
 * The words `bench/market-data.ts` builds service names, tags and descriptions from: what the
 * tool and service categories of an e-commerce open platform's market are about. The order of
 * TERMS matters: the generator draws from the front far more often (a long tail).
 */
const words = (s: string) => s.trim().split(/\s+/u);

export const TERMS = words(`
  订单 直播 客服 商品 店铺 营销 数据 发货 物流 会员 短视频 打单 库存 售后 评价 推广 达人 选品 装修
  主图 优惠券 财务 对账 采购 分销 私域 社群 短信 自动回复 弹幕 粉丝 抽奖 秒杀 拼团 满减 退款 退货
  快递 面单 仓储 拣货 打包 称重 进销存 供应链 质检 发票 报表 经营分析 竞品 关键词 标题 详情页
  视频剪辑 直播间 话术 脚本 投放 广告 引流 复购 积分 储值 礼品卡 预售 定时上架 批量改价 价格监控
  违规检测 类目 属性 图片 水印 翻译 跨境 多店铺 子账号 权限 考勤 绩效 工单 知识库 机器人 质保 维修
  安装 预约 核销 门店 收银 外卖 同城配送 冷链 生鲜 服装 美妆 母婴 食品 家居 数码 图书 珠宝 茶叶 农产品`);
/** Two of these make a brand (1 600 brands). */
export const BRAND_CHARS = [
  ...'云帆星河聚宝快乐金易达优品速通蓝鲸火山极客千牛麦穗青禾光华锦程天启有赞微盟飞鸽鹰',
];
export const KINDS = words(
  '助手 管家 工具 大师 宝 通 精灵 专家 系统 平台 软件 小程序 云 中心 机器人',
);
export const EN = words('ERP CRM WMS OMS SCRM AI Pro Smart Plus Cloud Lite');

/** A SQL array literal of the words (they contain no quotes). */
export const sqlArray = (list: string[]) => `array[${list.map((w) => `'${w}'`).join(',')}]`;
