using System.Text.Json;
using System.Text.Json.Serialization;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Writes instants in the district's offset (UTC+8), as API.md asks; reads any offset. The instant
/// is unchanged, only how it is shown.
/// </summary>
public sealed class DistrictTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    public static readonly TimeSpan DistrictOffset = TimeSpan.FromHours(8);

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToOffset(DistrictOffset));
}
