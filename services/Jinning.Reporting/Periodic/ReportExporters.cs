using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Jinning.Reporting.Periodic;

public static class ReportExporters
{
    public const string CsvType = "text/csv";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>RFC 4180 CSV, one block per table under its name, UTF-8 with a BOM so Excel shows the Chinese.</summary>
    public static byte[] ToCsv(IReadOnlyList<ReportTable> tables)
    {
        var csv = new StringBuilder();
        foreach (var table in tables)
        {
            csv.Append(Field(table.Name)).Append("\r\n");
            csv.AppendJoin(',', table.Columns.Select(Field)).Append("\r\n");
            foreach (var row in table.Rows)
            {
                csv.AppendJoin(',', row.Select(cell => Field(Format(cell)))).Append("\r\n");
            }
            csv.Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>One sheet per table; the first row holds the Chinese headings.</summary>
    public static byte[] ToXlsx(IReadOnlyList<ReportTable> tables)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var table in tables)
        {
            sheets[table.Name] = table.Rows.Select(row =>
            {
                var record = new Dictionary<string, object?>();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    record[table.Columns[i]] = row[i];
                }
                return record;
            }).ToList();
        }
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static string Format(object? cell) => cell switch
    {
        null => "",
        double d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
