using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using CallCenter.Workflows.Execution;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Interop;
using JintJson = Jint.Native.Json;

namespace CallCenter.Workflows.Expressions;

/// <summary>
/// JavaScript through Jint, as Elsa does it, but sandboxed: no CLR access (AllowClr is never called), and time,
/// statement, memory and recursion limits per evaluation. Parsed scripts are cached; each evaluation gets a fresh
/// engine so nothing leaks between instances.
/// </summary>
public sealed class JavaScriptEvaluator(JavaScriptOptions? options = null) : IExpressionEvaluator
{
    private readonly JavaScriptOptions _options = options ?? new JavaScriptOptions();
    private readonly ConcurrentDictionary<string, Prepared<Acornima.Ast.Script>> _prepared = new(StringComparer.Ordinal);

    public JsonNode? Evaluate(string script, WorkflowState state, JsonNode? activityInput = null)
    {
        var prepared = Prepare(script);
        var engine = new Engine(o => o
            .TimeoutInterval(_options.Timeout)
            .MaxStatements(_options.MaxStatements)
            .LimitMemory(_options.MemoryLimitBytes)
            .LimitRecursion(_options.RecursionLimit)
            .Strict());
        try
        {
            Bind(engine, script, state, activityInput);
            return ToNode(engine, engine.Evaluate(prepared));
        }
        catch (JavaScriptException e)
        {
            throw new ExpressionException($"Script error: {e.Message}", e);
        }
        catch (Exception e) when (e is TimeoutException or StatementsCountOverflowException or MemoryLimitExceededException
                                      or RecursionDepthOverflowException or JintException)
        {
            throw new ExpressionException($"Script stopped by the sandbox ({e.GetType().Name}): {e.Message}", e);
        }
    }

    private Prepared<Acornima.Ast.Script> Prepare(string script)
    {
        if (_prepared.TryGetValue(script, out var cached)) return cached;
        try
        {
            var prepared = Engine.PrepareScript(script, strict: true);
            // A crude bound: past the limit new scripts are parsed each time rather than growing the cache forever.
            if (_prepared.Count < _options.CachedScripts) _prepared.TryAdd(script, prepared);
            return prepared;
        }
        catch (Exception e)
        {
            throw new ExpressionException($"Script does not parse: {e.Message}", e);
        }
    }

    private static void Bind(Engine engine, string script, WorkflowState state, JsonNode? activityInput)
    {
        // Building the JSON views costs more than most scripts; only build the ones the script mentions.
        if (script.Contains("variables", StringComparison.Ordinal))
            engine.SetValue("variables", FromJson(engine, JsonSerializer.Serialize(state.Variables)));
        if (script.Contains("input", StringComparison.Ordinal))
            engine.SetValue("input", FromJson(engine, activityInput?.ToJsonString() ?? state.Input?.ToJsonString()));
        if (script.Contains("outputs", StringComparison.Ordinal))
            engine.SetValue("outputs", FromJson(engine, state.ActivityOutputs is null ? null : JsonSerializer.Serialize(state.ActivityOutputs)));
        engine.SetValue("correlationId", state.CorrelationId is null ? JsValue.Null : new JsString(state.CorrelationId));
        engine.SetValue("workflowInstanceId", new JsString(state.InstanceId));
        engine.SetValue("getVariable", new ClrFunction(engine, "getVariable", (_, args) =>
            state.Variables.TryGetValue(args.At(0).ToString(), out var v) ? FromJson(engine, v?.ToJsonString()) : JsValue.Undefined));
        engine.SetValue("setVariable", new ClrFunction(engine, "setVariable", (_, args) =>
        {
            state.Variables[args.At(0).ToString()] = ToNode(engine, args.At(1));
            return JsValue.Undefined;
        }));
        engine.SetValue("setOutput", new ClrFunction(engine, "setOutput", (_, args) =>
        {
            (state.Output ??= new JsonObject())[args.At(0).ToString()] = ToNode(engine, args.At(1));
            return JsValue.Undefined;
        }));
    }

    private static JsValue FromJson(Engine engine, string? json) =>
        json is null ? JsValue.Null : new JintJson.JsonParser(engine).Parse(json);

    public static JsonNode? ToNode(Engine engine, JsValue value)
    {
        if (value.IsNull() || value.IsUndefined()) return null;
        if (value.IsString()) return JsonValue.Create(value.AsString());
        if (value.IsBoolean()) return JsonValue.Create(value.AsBoolean());
        if (value.IsNumber())
        {
            var d = value.AsNumber();
            return d % 1 == 0 && Math.Abs(d) < 9e15 ? JsonValue.Create((long)d) : JsonValue.Create(d);
        }
        var json = new JintJson.JsonSerializer(engine).Serialize(value);
        return json.IsUndefined() ? null : JsonNode.Parse(json.AsString());
    }
}
