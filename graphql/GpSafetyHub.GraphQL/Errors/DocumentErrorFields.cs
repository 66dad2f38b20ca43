using System.Text.RegularExpressions;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GpSafetyHub.GraphQL.Errors;

/// <summary>
/// The field a document error is about, for <c>extensions.field</c>: the selection, argument or
/// input field the schema refused, or the path inside a variable (<c>h.initialRisk.severity</c>).
/// Null where the error has no single place (a depth or complexity limit).
/// </summary>
internal static partial class DocumentErrorFields
{
    public static string? FieldOf(ValidationError error)
    {
        if (error is InvalidVariableError && VariablePath().Match(error.Message) is { Success: true } variable) return variable.Groups["path"].Value;
        return error.Nodes?.FirstOrDefault() switch
        {
            GraphQLField field => field.Name.StringValue,
            GraphQLArgument argument => argument.Name.StringValue,
            GraphQLObjectField inputField => inputField.Name.StringValue,
            GraphQLVariableDefinition definition => definition.Variable.Name.StringValue,
            GraphQLVariable reference => reference.Name.StringValue,
            _ => null,
        };
    }

    [GeneratedRegex(@"^Variable '\$(?<path>[^']+)' is invalid")]
    private static partial Regex VariablePath();
}
