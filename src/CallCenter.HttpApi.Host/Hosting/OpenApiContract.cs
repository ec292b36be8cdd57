using System.Reflection;
using System.Text.Json.Nodes;
using CallCenter.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CallCenter.Hosting;

/// <summary>
/// Shapes the OpenAPI document into the contract the web app is generated from (src/CallCenter.Web/src/api/generated):
/// numbers are numbers (the server writes them as JSON numbers, even though it would also read "12.5"), every operation
/// names the permission it requires (x-permission), and the document carries the permission constants
/// (x-callcenter-permissions), so the web app mirrors nothing by hand. No servers list: the address depends on who asks,
/// and the committed snapshot must not.
/// </summary>
public static class OpenApiContract
{
    public const string PermissionsExtension = "x-callcenter-permissions";
    public const string OperationPermissionExtension = "x-permission";

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "CallCenter API";
            doc.Info.Description = "Service desk for district-heating hotlines. Sign in with POST /api/account/token and send the token as a Bearer header.";
            doc.Servers = [];
            doc.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            doc.Extensions[PermissionsExtension] = new JsonNodeExtension(PermissionTree());
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, _, _) =>
        {
            // System.Text.Json's web defaults read numbers from strings too, which the generator would type as
            // "number | string"; the server always writes numbers, and that is what a client should send.
            if (schema.Type is { } type && (type.HasFlag(JsonSchemaType.Number) || type.HasFlag(JsonSchemaType.Integer))
                && type.HasFlag(JsonSchemaType.String))
            {
                schema.Type = type & ~JsonSchemaType.String;
                schema.Pattern = null;
            }
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var policies = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>()
                .Select(a => a.Policy).Where(p => !string.IsNullOrEmpty(p)).Distinct().ToList();
            if (policies.Count > 0)
            {
                operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
                operation.Extensions[OperationPermissionExtension] = new JsonNodeExtension(JsonValue.Create(string.Join(" ", policies)));
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>CallCenterPermissions' nested classes as { "Customers": { "Default": "CallCenter.Customers", … }, … }.</summary>
    public static JsonObject PermissionTree()
    {
        var tree = new JsonObject();
        foreach (var group in typeof(CallCenterPermissions).GetNestedTypes(BindingFlags.Public | BindingFlags.Static))
        {
            var constants = new JsonObject();
            foreach (var field in group.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
                constants[field.Name] = (string)field.GetRawConstantValue()!;
            tree[group.Name] = constants;
        }
        return tree;
    }
}
