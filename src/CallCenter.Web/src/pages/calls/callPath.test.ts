import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import zh from '../../i18n/locales/voice.zh-Hans.json';
import { describeStep } from './callPath';

// The details as CallSession / AcdService record them; each must read as Chinese words, no English left over.
const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ lng: 'zh-Hans', resources: { 'zh-Hans': { translation: zh } } });
});
const describe_ = (kind: string, detail: string) => describeStep(kind, detail, t.t.bind(t), () => undefined);

describe('describeStep for queue and bridge steps', () => {
  it.each([
    ['Enqueue', '报修组', '进入 报修组'],
    ['Enqueue', 'answered by 8001', '分机 8001 接听'],
    ['Enqueue', 'missed 8002: ring timeout', '分机 8002 未接（振铃超时）'],
    ['Enqueue', 'missed 8002: status 486', '分机 8002 未接（话机回应 486）'],
    ['Enqueue', 'missed : no registered phone', '分机  未接（话机未注册）'],
    ['Enqueue', 'abandoned after 12 s', '等待 12 秒后挂机'],
    ['Enqueue', 'overflow Voicemail after 60 s', '等待 60 秒后溢出：转留言'],
    ['Enqueue', 'no agents: no agent logged in', '无法排队：没有坐席签入'],
    ['Enqueue', 'no agents: unknown queue 夜班组', '无法排队：技能组不存在'],
    ['Enqueue', 'callback requested after 8 s', '等待 8 秒后选择回拨（保留排队位置）'],
    ['Enqueue', 'overflow to sip:overflow@127.0.0.1:5070: Answered', '溢出转外部号码：已接通'],
    ['Enqueue', 'overflow to sip:96000@pbx: Busy', '溢出转外部号码：占线'],
    ['Enqueue', 'overflow voicemail 5200 ms', '溢出留言 5.2 秒'],
    ['Enqueue', 'overflow voicemail: nothing recorded', '溢出留言：未录到留言'],
    ['QueueAnnouncement', 'position 2, callback offer', '播报排队位置：第 2 位，提示按 1 回拨'],
    ['QueueAnnouncement', 'position 1', '播报排队位置：第 1 位'],
    ['QueueAnnouncement', 'played', '播报完毕'],
    ['Bridge', 'answered sip:8001-0x5621@127.0.0.1:50365', '已接通'],
    ['Bridge', 'ended by target; relayed 80 to caller, 0 to target', '接听方挂断'],
    ['Bridge', 'ended by caller; relayed 80 to caller, 3 to target', '来电人挂断'],
    ['Bridge', 'ended by detached; relayed 3 to caller, 3 to target', '转接离开（未挂断）'],
    ['Transfer', '8001 → 投诉组', '8001 转至 投诉组'],
    ['Transfer', '8001 → 冯话务 (8003) (consult)', '8001 咨询后转至 冯话务 (8003)'],
    ['Transfer', 'consulting 冯话务 (8003)', '咨询 冯话务 (8003)'],
    ['Transfer', 'consult 冯话务 (8003) ended: cancelled by agent', '咨询 冯话务 (8003) 结束：坐席取消'],
    ['Transfer', 'consult 95598 ended: status 486', '咨询 95598 结束：对方回应 486'],
    ['Transfer', 'connected to 8003', '分机 8003 接听转接'],
    ['Transfer', 'not answered after the transfer: Overflow', '转接后未接通：排队溢出'],
    ['Transfer', 'sip:95598@10.0.0.1: NoAnswer', '转外部号码 95598：无人接听'],
  ])('%s "%s" reads "%s"', (kind, detail, expected) => {
    const text = describe_(kind, detail);
    expect(text).toBe(expected);
    expect(text).not.toMatch(/[a-z]{3,}/i);
  });
});
