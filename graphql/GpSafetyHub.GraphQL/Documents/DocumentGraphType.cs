using GpSafetyHub.Documents;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Documents;

public sealed class DocumentGraphType : ObjectGraphType<DocumentFile>
{
    public DocumentGraphType()
    {
        Name = "Document";
        Description = "A document the hub produced from its records. The web application offers the same documents as downloads.";
        Field(x => x.FileName).Description("A file name for it, e.g. hazard-log-ai-scribe-v2.xlsx.");
        Field(x => x.ContentType).Description("Its media type, e.g. application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.");
        Field(x => x.ContentBase64).Description("The file's bytes, base64-encoded.");
    }
}
