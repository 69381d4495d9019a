using System.Text.Json;

namespace Jinning.Messaging;

internal static class MessageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
