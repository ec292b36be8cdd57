using System.Collections.Concurrent;
using System.Net;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Dtmf;
using CallCenter.Telephony.Sip;

namespace CallCenter.Telephony.Tests.Support;

/// <summary>Our endpoint on a free loopback port, recording every call, digit and end the tests look at.</summary>
public sealed class EndpointHost : IDisposable
{
    public EndpointHost(Action<SipCall> onCall, SipTimerSettings? timers = null, TimeSpan? mediaTimeout = null)
    {
        Endpoint = new SipEndpoint(new SipEndpointOptions
        {
            ListenAddress = IPAddress.Loopback,
            Port = 0,
            Timers = timers ?? new SipTimerSettings(),
            MediaInactivityTimeout = mediaTimeout ?? TimeSpan.FromSeconds(30),
        });
        Endpoint.IncomingCall += call =>
        {
            Calls.Enqueue(call);
            call.DigitReceived += (_, digit) => Digits.Enqueue(digit);
            onCall(call);
        };
        Endpoint.Start();
    }

    public SipEndpoint Endpoint { get; }

    public IPEndPoint Address => Endpoint.LocalEndPoint;

    public ConcurrentQueue<SipCall> Calls { get; } = new();

    public ConcurrentQueue<DtmfDigit> Digits { get; } = new();

    /// <summary>Waits until every call has ended (bounded, so a hung call fails the test instead of hanging it).</summary>
    public async Task<IReadOnlyList<SipCall>> AllEndedAsync(int seconds = 60)
    {
        var calls = Calls.ToList();
        var all = Task.WhenAll(calls.Select(c => c.Completion));
        var done = await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(seconds)));
        done.ShouldBe(all, $"calls still up: {string.Join(", ", calls.Where(c => !c.Completion.IsCompleted).Select(c => c.State))}");
        return calls;
    }

    public void Dispose() => Endpoint.Dispose();
}
