using CallCenter.SipNode;
using CallCenter.Voice.Sessions;
using Serilog;

// A stand-alone SIP/IVR node for scale-out behind a SIP load balancer (etc/kamailio.cfg): the Host's voice code,
// no web app. Configuration as for the Host (CALLCENTER_DB, section "Voice" — see etc/voice.sample.json); an optional
// etc/voice.json beside the working directory is read too. /health answers for the balancer's probe.
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddJsonFile(Path.Combine("etc", "voice.json"), optional: true);
builder.Host.UseSerilog((context, config) => config.ReadFrom.Configuration(context.Configuration)
    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));
builder.Services.AddCallCenterSipNode(builder.Configuration);

var app = builder.Build();
app.MapHealthChecks("/health");
app.MapGet("/calls/active", (CallSessionRegistry sessions) => new { active = sessions.Count });
app.Run();
