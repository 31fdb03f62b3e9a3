using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace WebHost.Api;

/// <summary>
/// In the OpenAPI document, the body of <c>POST /api/documents</c> is the evidence JSON Schema the library ships
/// (served at <c>/api/schema</c>, printed by <c>planrules schema</c>), named in the operation's externalDocs and the
/// body schema's description, not a shape generated from types (Microsoft.OpenApi 2.3 writes an external <c>$ref</c> as <c>{}</c>):
/// the request is read by <c>EvidenceReader</c>, never by the model binder.
/// </summary>
internal sealed class EvidenceSchemaReference : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.HttpMethod == "POST" && context.Description.RelativePath?.TrimEnd('/') == "api/documents")
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "An evidence file's JSON holding the documents to register (docs/evidence-format.md).",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new()
                    {
                        Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "The evidence JSON Schema: GET /api/schema." },
                    },
                },
            };
            operation.ExternalDocs = new OpenApiExternalDocs
            {
                Description = "The evidence JSON Schema (planrules schema)",
                Url = new Uri("/api/schema", UriKind.Relative),
            };
        }

        return Task.CompletedTask;
    }
}
