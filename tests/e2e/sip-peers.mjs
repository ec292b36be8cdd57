// Real SIP peers for the browser tests: a baresip softphone registered as an agent's extension (remote-controlled over
// ctrl_tcp, its events timestamped as they arrive) and a sipp caller. Both come from scripts/telephony-peers.sh.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { createSocket } from 'node:dgram';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Host's SIP listener (test.sh's host uses appsettings' udp/5060). */
export const sipHost = process.env.E2E_SIP_HOST ?? '127.0.0.1';
export const sipPort = Number(process.env.E2E_SIP_PORT ?? 5060);

async function freeTcpPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function freeUdpPort() {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.on('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

/** A mono 8 kHz 16-bit WAV of silence: the agent phone's microphone. */
function silentWav(seconds) {
  const data = 8000 * 2 * seconds;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data, 40);
  return Buffer.concat([header, Buffer.alloc(data)]);
}

/** Netstring frames ("len:payload,") as they arrive on ctrl_tcp; partial frames wait for the rest. */
function netstrings(onFrame) {
  let buffer = Buffer.alloc(0);
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString());
      if (buffer.length < colon + 1 + length + 1) return;
      onFrame(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      buffer = buffer.subarray(colon + 2 + length);
    }
  };
}

/**
 * baresip registered as an agent's extension at the Host (digest, realm "callcenter"); it does not answer by itself —
 * the test answers with `accept` once the desktop has popped. Events (REGISTER_OK, CALL_INCOMING, CALL_ESTABLISHED,
 * CALL_CLOSED, …) are kept with the time they arrived.
 */
export async function startAgentPhone({ extension, password }) {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-baresip-'));
  const ownPort = await freeUdpPort();
  const controlPort = await freeTcpPort();
  writeFileSync(
    join(dir, 'config'),
    [
      'poll_method epoll',
      `sip_listen 127.0.0.1:${ownPort}`,
      'audio_player alsa,null',
      'audio_alert alsa,null',
      `audio_source aufile,${join(dir, 'silence.wav')}`,
      'audio_level no',
      'module_path /usr/lib/baresip/modules',
      'module g711.so',
      'module aufile.so',
      'module alsa.so',
      'module_app account.so',
      'module_app menu.so',
      'module_app ctrl_tcp.so',
      `ctrl_tcp_listen 127.0.0.1:${controlPort}`,
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'silence.wav'), silentWav(60));
  writeFileSync(
    join(dir, 'accounts'),
    `<sip:${extension}@${sipHost}:${sipPort}>;auth_user=${extension};auth_pass=${password};regint=60;answermode=manual;audio_codecs=pcmu;ptime=20\n`,
  );
  const child = spawn('baresip', ['-f', dir, '-t', '300'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const events = [];
  const waiters = new Set();
  const record = (event) => {
    events.push(event);
    for (const waiter of waiters) waiter(event);
  };
  // ctrl_tcp sends events only to a connected client (the first REGISTER may come before we connect), so baresip's own
  // console lines count too, timestamped as they arrive on the pipe.
  const consoleEvents = [
    [/200 OK .*binding/, 'REGISTER_OK'],
    [/Incoming call from/i, 'CALL_INCOMING'],
    [/Call established/i, 'CALL_ESTABLISHED'],
    [/session closed|Call terminated/i, 'CALL_CLOSED'],
  ];
  const onOutput = (d) => {
    const text = String(d);
    output += text;
    for (const [pattern, type] of consoleEvents) if (pattern.test(text)) record({ type, at: Date.now(), source: 'console' });
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  let socket;
  for (let attempt = 0; ; attempt++) {
    try {
      socket = await new Promise((resolve, reject) => {
        const s = connect(controlPort, '127.0.0.1', () => resolve(s));
        s.once('error', reject);
      });
      break;
    } catch (error) {
      if (attempt > 300 || child.exitCode !== null) throw new Error(`baresip did not open ctrl_tcp: ${error.message}\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  socket.on(
    'data',
    netstrings((text) => {
      let message;
      try {
        message = JSON.parse(text);
      } catch {
        return;
      }
      if (!message.event) return;
      record({ ...message, at: Date.now() });
    }),
  );
  socket.on('error', () => undefined);

  const phone = {
    events,
    get output() {
      return output;
    },
    /** One ctrl_tcp command (dial, accept, hangup, quit, …). */
    command(command, params = '') {
      const json = JSON.stringify({ command, params, token: 't' });
      socket.write(`${Buffer.byteLength(json)}:${json},`);
    },
    /** The first event of this type (already seen or still to come). */
    waitFor(type, timeoutMs = 30_000) {
      const seen = events.find((e) => e.type === type);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`baresip ${extension}: no ${type} within ${timeoutMs} ms; events: ${events.map((e) => e.type).join(', ')}\n${output.slice(-2000)}`));
        }, timeoutMs);
        const waiter = (event) => {
          if (event.type !== type) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(event);
        };
        waiters.add(waiter);
      });
    },
    async close() {
      try {
        phone.command('quit');
        await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 3000))]);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
        socket.destroy();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  return phone;
}

/**
 * A sipp caller from `caller` to the hotline `service` that presses `key` (RFC 4733 from the captures shipped with sipp)
 * and then stays on the line until the node hangs up (the agent ends the call). Resolves with sipp's exit code and log.
 */
export async function callHotline({ caller, service = '96556', key, pauseBeforeKeyMs = 1500, timeoutSeconds = 120 }) {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-sipp-'));
  symlinkSync('/usr/share/sip-tester', join(dir, 'pcap'));
  const from = `"${caller}" <sip:${caller}@[local_ip]:[local_port]>;tag=[pid]SIPpTag[call_number]`;
  const scenario = `<?xml version="1.0" encoding="ISO-8859-1" ?>
<!DOCTYPE scenario SYSTEM "sipp.dtd">
<scenario name="hotline caller">
  <send retrans="500">
    <![CDATA[

      INVITE sip:[service]@[remote_ip]:[remote_port] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      From: ${from}
      To: <sip:[service]@[remote_ip]:[remote_port]>
      Call-ID: [call_id]
      CSeq: 1 INVITE
      Contact: <sip:${caller}@[local_ip]:[local_port]>
      Max-Forwards: 70
      Content-Type: application/sdp
      Content-Length: [len]

      v=0
      o=user1 53655765 2353687637 IN IP[local_ip_type] [local_ip]
      s=-
      c=IN IP[media_ip_type] [media_ip]
      t=0 0
      m=audio [media_port] RTP/AVP 8 101
      a=rtpmap:8 PCMA/8000
      a=rtpmap:101 telephone-event/8000
      a=fmtp:101 0-15

    ]]>
  </send>
  <recv response="100" optional="true"/>
  <recv response="180" optional="true"/>
  <recv response="183" optional="true"/>
  <recv response="200" rtd="true"/>
  <send>
    <![CDATA[

      ACK sip:[service]@[remote_ip]:[remote_port] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      From: ${from}
      To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
      Call-ID: [call_id]
      CSeq: 1 ACK
      Max-Forwards: 70
      Content-Length: 0

    ]]>
  </send>
  <pause milliseconds="${pauseBeforeKeyMs}"/>
  <nop><action><exec play_pcap_audio="pcap/dtmf_2833_${key}.pcap"/></action></nop>
  <pause milliseconds="600"/>
  <recv request="BYE" timeout="${timeoutSeconds * 1000}"/>
  <send>
    <![CDATA[

      SIP/2.0 200 OK
      [last_Via:]
      [last_From:]
      [last_To:]
      [last_Call-ID:]
      [last_CSeq:]
      Content-Length: 0

    ]]>
  </send>
</scenario>
`;
  writeFileSync(join(dir, 'caller.xml'), scenario);
  const args = [
    `${sipHost}:${sipPort}`,
    '-sf', 'caller.xml',
    '-s', service,
    '-m', '1',
    '-i', '127.0.0.1',
    '-p', String(await freeUdpPort()),
    '-mp', String((await freeUdpPort()) & ~1),
    '-timeout', `${timeoutSeconds + 30}s`,
    '-timeout_error',
    '-nostdin',
    '-trace_err',
  ];
  const child = spawn('sipp', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const done = new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
  return {
    done,
    kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
