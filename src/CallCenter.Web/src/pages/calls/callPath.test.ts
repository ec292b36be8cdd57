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
    ['Bridge', 'answered sip:8001-0x5621@127.0.0.1:50365', '已接通'],
    ['Bridge', 'ended by target; relayed 80 to caller, 0 to target', '接听方挂断'],
    ['Bridge', 'ended by caller; relayed 80 to caller, 3 to target', '来电人挂断'],
  ])('%s "%s" reads "%s"', (kind, detail, expected) => {
    const text = describe_(kind, detail);
    expect(text).toBe(expected);
    expect(text).not.toMatch(/[a-z]{3,}/i);
  });
});
