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
    case 'Enqueue':
      return describeQueueStep(detail, t);
    case 'QueueAnnouncement': {
      // AcdService: "position 2, callback offer" when the announcement starts, "played" when it has been heard.
      if (detail === 'played') return t(`${p}.queue.announcementPlayed`);
      const match = /^position (\d+)(, callback offer)?$/.exec(detail);
      if (!match) return detail;
      const text = t(`${p}.queue.announcement`, { position: match[1] });
      return match[2] ? `${text}${t(`${p}.queue.callbackOffer`)}` : text;
    }
    case 'Transfer':
      return describeTransferStep(detail, t);
    case 'Bridge':
      if (detail.startsWith('answered ')) return t(`${p}.bridgeAnswered`);
      if (detail.startsWith('ended by detached')) return t(`${p}.bridgeDetached`);
      {
        const ended = /^ended by (\w+)/.exec(detail);
        if (ended) return t(`${p}.bridgeEndedBy`, { who: t(`${p}.parties.${ended[1]}`, { defaultValue: ended[1] }) });
      }
      return detail;
    default:
      return detail;
  }
}

/**
 * The queue's steps (AcdService / Enqueue: "answered by 8001", "missed 8002: ring timeout", "abandoned after 12 s",
 * "overflow Voicemail after 60 s", "no agents: closed", "callback requested after 8 s", "overflow to sip:…: Busy",
 * "overflow voicemail 5200 ms"); anything else is the queue's name as entered.
 */
function describeQueueStep(detail: string, t: TFunction): string {
  const p = 'voice.calls.stepDetails.queue';
  let m = /^answered by (\S+)$/.exec(detail);
  if (m) return t(`${p}.answered`, { extension: m[1] });
  m = /^missed (\S*): (.+)$/.exec(detail);
  if (m) {
    const status = /^status (\d+)$/.exec(m[2]);
    const reason = status
      ? t(`${p}.missReasons.status`, { status: status[1] })
      : t(`${p}.missReasons.${m[2].replace(/ /g, '_')}`, { defaultValue: m[2] });
    return t(`${p}.missed`, { extension: m[1], reason });
  }
  m = /^abandoned after (\d+) s$/.exec(detail);
  if (m) return t(`${p}.abandoned`, { seconds: m[1] });
  m = /^overflow (\w+) after (\d+) s$/.exec(detail);
  if (m) return t(`${p}.overflow`, { seconds: m[2], target: t(`${p}.overflowKinds.${m[1]}`, { defaultValue: m[1] }) });
  m = /^callback requested after (\d+) s$/.exec(detail);
  if (m) return t(`${p}.callbackRequested`, { seconds: m[1] });
  m = /^overflow to .+: (\w+)$/.exec(detail);
  if (m) return t(`${p}.overflowTransfer`, { result: t(`${p}.overflowResults.${m[1]}`, { defaultValue: m[1] }) });
  m = /^overflow voicemail (\d+) ms$/.exec(detail);
  if (m) return t(`${p}.overflowVoicemail`, { seconds: (Number(m[1]) / 1000).toFixed(1) });
  if (detail === 'overflow voicemail: nothing recorded') return t(`${p}.overflowNoMessage`);
  m = /^no agents: (.*)$/.exec(detail);
  if (m) {
    const reason = m[1].startsWith('unknown queue') ? t(`${p}.noAgentReasons.unknown_queue`) : t(`${p}.noAgentReasons.${m[1].replace(/ /g, '_')}`, { defaultValue: m[1] });
    return t(`${p}.noAgents`, { reason });
  }
  return t(`${p}.entered`, { queue: detail });
}

/**
 * A transfer from the agent desk (AcdService.Transfer: "8001 → 投诉组", "8001 → 冯话务 (8003) (consult)",
 * "consulting 冯话务 (8003)", "consult 冯话务 (8003) ended: cancelled by agent", "connected to 8003",
 * "not answered after the transfer: Overflow", "sip:95598@pbx: Answered").
 */
function describeTransferStep(detail: string, t: TFunction): string {
  const p = 'voice.calls.stepDetails.transfer';
  const number = (uri: string) => uri.replace(/^sip:/, '').replace(/@.*$/, '');
  let m = /^consulting (.+)$/.exec(detail);
  if (m) return t(`${p}.consulting`, { target: m[1] });
  m = /^consult (.+) ended: (.+)$/.exec(detail);
  if (m) {
    const status = /^status (\d+)$/.exec(m[2]);
    const reason = status ? t(`${p}.reasons.status`, { status: status[1] }) : t(`${p}.reasons.${m[2].replace(/ /g, '_')}`, { defaultValue: m[2] });
    return t(`${p}.consultEnded`, { target: m[1], reason });
  }
  m = /^connected to (\S*)$/.exec(detail);
  if (m) return t(`${p}.connected`, { extension: m[1] });
  m = /^not answered after the transfer: (\w+)$/.exec(detail);
  if (m) return t(`${p}.notAnswered`, { result: t(`${p}.results.${m[1]}`, { defaultValue: m[1] }) });
  m = /^(\S*) → (.+?)( \(consult\))?$/.exec(detail);
  if (m) return t(m[3] ? `${p}.consulted` : `${p}.blind`, { from: m[1], target: m[2] });
  m = /^(.+): (Answered|Busy|NoAnswer|Failed|CallerGone)$/.exec(detail);
  if (m) return t(`${p}.number`, { target: number(m[1]), result: t(`${p}.results.${m[2]}`) });
  return detail;
}
