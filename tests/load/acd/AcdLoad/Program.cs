using CallCenter.AcdLoad;

// Usage:
//   AcdLoad setup --url http://127.0.0.1:PORT --agents 200 --first-extension 8100 --out DIR
//       creates the agent users (role Agent, skill 综合 level 5) through the API as admin, sets a SIP password for
//       each, writes DIR/agents.csv (user;password;extension) and DIR/sipp-agents.csv (sipp -inf: extension;sip password)
//   AcdLoad desk --url http://127.0.0.1:PORT --agents DIR/agents.csv [--wrap-ms 300]
//       one desk connection per agent: log in, Ready, pop every offered call, record a disposition, end wrap-up;
//       on SIGTERM/SIGINT prints the agents' states and the client-side figures, logs everyone out and exits
var options = Args.Parse(args);
return args.FirstOrDefault() switch
{
    "setup" => await AgentSetup.RunAsync(options),
    "desk" => await DeskSimulation.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: AcdLoad setup|desk --url URL ... (see Program.cs)");
    return 2;
}
