import type { TFunction } from 'i18next';

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A step's detail as the voice activities record it (CallSession.AddStep: "Closed", "none", "1:3", "3000 ms",
 * "Open (国庆节)", an outage notice id) in words an agent reads. Unknown shapes pass through unchanged.
 */
export function describeStep(kind: string, detail: string | null | undefined, t: TFunction, promptName: (key: string) => string | undefined): string {
  if (!detail) return '';
  const p = 'voice.calls.stepDetails';
  switch (kind) {
    case 'CheckBusinessHours': {
      const match = /^(Open|Closed)(?: \((.+)\))?$/.exec(detail);
      if (!match) return detail;
      const open = t(`${p}.${match[1] === 'Open' ? 'open' : 'closed'}`);
      if (!match[2]) return open;
      return `${open}（${match[2] === 'no calendar' ? t(`${p}.noCalendar`) : match[2]}）`;
    }
    case 'LookupCaller':
      return detail === 'Unknown' ? t(`${p}.callerUnknown`) : t(`${p}.callerKnown`, { account: detail });
    case 'PlayOutageNotice':
      return detail === 'None' ? t(`${p}.noOutage`) : guidPattern.test(detail) ? t(`${p}.outagePlayed`) : detail;
    case 'RecordMessage': {
      if (detail === 'none') return t(`${p}.noMessage`);
      const ms = /^(\d+) ms$/.exec(detail);
      return ms ? t(`${p}.messageSeconds`, { seconds: (Number(ms[1]) / 1000).toFixed(1) }) : detail;
    }
    case 'Menu':
    case 'GetDigits': {
      const match = /^(\d+):(.*)$/.exec(detail);
      if (!match) return detail;
      const [, attempt, result] = match;
      const invalid = /^Invalid (.*)$/.exec(result);
      const text =
        result === 'Timeout' ? t(`${p}.timeout`) : invalid ? t(`${p}.invalid`, { digits: invalid[1] }) : t(`${p}.pressed`, { digits: result });
      return attempt === '1' ? text : t(`${p}.attempt`, { attempt, text });
    }
    case 'TransferToNumber':
      if (detail === 'no target') return t(`${p}.noTarget`);
      return detail.replace(/, bridging$/, ` ${t(`${p}.bridging`)}`);
    case 'PlayPrompt':
      return promptName(detail) ?? detail;
    default:
      return detail;
  }
}
