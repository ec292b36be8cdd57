namespace CallCenter.Workflows.Models;

public static class ExpressionSyntax
{
    public const string Literal = "Literal";
    public const string JavaScript = "JavaScript";
    public const string Variable = "Variable";

    public static bool IsKnown(string syntax) => syntax is Literal or JavaScript or Variable;
}
