using System.Text.Json.Nodes;

namespace CallCenter.Workflows.Models;

/// <summary>An input as the designer stores it: a syntax (Literal, JavaScript, Variable) and a value.</summary>
public sealed class InputValue
{
    public string Syntax { get; set; } = ExpressionSyntax.Literal;
    public JsonNode? Value { get; set; }

    public static InputValue Literal(JsonNode? value) => new() { Syntax = ExpressionSyntax.Literal, Value = value };

    public static InputValue JavaScript(string script) => new() { Syntax = ExpressionSyntax.JavaScript, Value = script };
}
