using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace GpSafetyHub.GraphQL.Errors;

/// <summary>
/// Shapes every error the same way: <c>extensions.code</c> is one of the hub's codes, with
/// <c>field</c> and <c>violations</c> when known. Requests that fail to parse or validate against
/// the schema are <c>VALIDATION</c>; anything unexpected is <c>INTERNAL</c>, with no details.
/// Every error passes through here on its way out, so this is where errors are counted by code.
/// </summary>
internal sealed class HubErrorInfoProvider(ErrorMetrics metrics) : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var extensions = new Dictionary<string, object?>();
        switch (executionError)
        {
            case HubExecutionError hub:
                extensions["code"] = hub.Code;
                if (hub.Field is not null) extensions["field"] = hub.Field;
                if (hub.Violations.Count > 0)
                    extensions["violations"] = hub.Violations.Select(v => new Dictionary<string, object?> { ["field"] = v.Field, ["rule"] = v.Rule }).ToArray();
                break;
            case ValidationError validation:
                extensions["code"] = "VALIDATION";
                if (DocumentErrorFields.FieldOf(validation) is { } field) extensions["field"] = field;
                break;
            case DocumentError:
                extensions["code"] = "VALIDATION";
                break;
            default:
                extensions["code"] = "INTERNAL";
                break;
        }

        metrics.Sent((string)extensions["code"]!);
        return new ErrorInfo { Message = executionError.Message, Extensions = extensions };
    }
}
