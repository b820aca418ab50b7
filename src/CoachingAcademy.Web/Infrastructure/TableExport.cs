using System.Runtime.CompilerServices;
using CsvHelper;
using Microsoft.Net.Http.Headers;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace CoachingAcademy.Web.Infrastructure;

/// <summary>What a column holds: every cell of it is that kind, or null for an empty cell.</summary>
public enum CellKind
{
    /// <summary>A <see cref="string"/>.</summary>
    Text,
    /// <summary>An <see cref="int"/>.</summary>
    Number,
    /// <summary>A <see cref="DateOnly"/>.</summary>
    Date,
    /// <summary>A <see cref="DateTime"/> already in the program's time zone, which the column's header names.</summary>
    DateTime,
}

public sealed record ExportColumn(string Header, CellKind Kind = CellKind.Text);

/// <summary>A list to download: its columns and its rows, read once, as they come from the database.</summary>
public sealed record ExportTable(string FileName, IReadOnlyList<ExportColumn> Columns, IAsyncEnumerable<object?[]> Rows);

public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// Writes a table as CSV that Excel opens as UTF-8 (a byte-order mark first) or as an Excel workbook (MiniExcel). A text
/// cell stays text in both: CSV escapes one that starts with = + - @ (CsvHelper), and the workbook stores it as a value,
/// never as a formula.
/// </summary>
public static class TableExport
{
    public static bool TryParse(string? format, out ExportFormat parsed)
    {
        (var known, parsed) = format?.ToLowerInvariant() switch
        {
            "csv" => (true, ExportFormat.Csv),
            "xlsx" => (true, ExportFormat.Xlsx),
            _ => (false, default),
        };
        return known;
    }

    public static string ContentType(ExportFormat format) => format == ExportFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Extension(ExportFormat format) => format == ExportFormat.Csv ? ".csv" : ".xlsx";

    public static Task WriteAsync(ExportTable table, ExportFormat format, Stream destination, CancellationToken ct) =>
        format == ExportFormat.Csv ? WriteCsvAsync(table, destination, ct) : WriteXlsxAsync(table, destination, ct);

    public static async Task WriteCsvAsync(ExportTable table, Stream destination, CancellationToken ct)
    {
        var options = new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        await using var csv = CsvWriter.Create(destination, options, leaveOpen: true);
        await csv.WriteRecordAsync(table.Columns.Select(c => c.Header).ToArray(), ct);
        await foreach (var row in table.Rows.WithCancellation(ct))
        {
            foreach (var cell in row)
            {
                switch (cell)
                {
                    case null: csv.WriteField(""); break;
                    case int number: csv.WriteField(number, ""); break;
                    case DateOnly date: csv.WriteField(date, "yyyy-MM-dd"); break;
                    case DateTime time: csv.WriteField(time, "yyyy-MM-dd HH:mm"); break;
                    default: csv.WriteField(cell.ToString()); break;
                }
            }
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }

    /// <remarks>
    /// MiniExcel closes the workbook's zip synchronously, which the response body refuses, so the workbook is made in
    /// memory (compressed: about a megabyte for ten thousand rows) and then copied out.
    /// The header is the first row of cells rather than MiniExcel's own, so two columns may share a name (two steps called
    /// alike) and an empty table still has its header.
    /// </remarks>
    public static async Task WriteXlsxAsync(ExportTable table, Stream destination, CancellationToken ct)
    {
        var keys = table.Columns.Select((_, i) => $"c{i}").ToArray();
        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns = table.Columns.Select((c, i) => Column(keys[i], c.Kind)).ToArray(),
        };
        using var workbook = new MemoryStream();
        await workbook.SaveAsAsync(XlsxRows(table, keys, ct), printHeader: false, sheetName: "Export", configuration: configuration,
            cancellationToken: ct);
        workbook.Position = 0;
        await workbook.CopyToAsync(destination, ct);
    }

    private static DynamicExcelColumn Column(string key, CellKind kind) => kind switch
    {
        CellKind.Number => new DynamicExcelColumn(key) { Width = 12 },
        CellKind.Date => new DynamicExcelColumn(key) { Width = 14, Format = "yyyy-mm-dd" },
        CellKind.DateTime => new DynamicExcelColumn(key) { Width = 18, Format = "yyyy-mm-dd hh:mm" },
        _ => new DynamicExcelColumn(key) { Width = 24 },
    };

    private static async IAsyncEnumerable<Dictionary<string, object?>> XlsxRows(ExportTable table, string[] keys,
        [EnumeratorCancellation] CancellationToken ct)
    {
        yield return Row(keys, table.Columns.Select(c => (object?)c.Header).ToArray());
        await foreach (var row in table.Rows.WithCancellation(ct))
            yield return Row(keys, row.Select(cell => cell is DateOnly date ? date.ToDateTime(TimeOnly.MinValue) : cell).ToArray());
    }

    private static Dictionary<string, object?> Row(string[] keys, object?[] cells) =>
        keys.Select((key, i) => (key, cells[i])).ToDictionary(x => x.key, x => x.Item2);

    /// <summary>
    /// An attachment header for any file name: RFC 6266's <c>filename*</c> carries it in UTF-8 (accents, dashes, emoji),
    /// with an ASCII <c>filename</c> beside it; quotes, slashes and line breaks, which no file name should hold, are left out.
    /// </summary>
    public static string Attachment(string fileName)
    {
        var kept = new string(fileName.Select(c => char.IsControl(c) || "\\/:*?\"<>|".Contains(c) ? ' ' : c).ToArray());
        var safe = string.Join(' ', kept.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var header = new ContentDispositionHeaderValue("attachment");
        header.SetHttpFileName(safe);
        return header.ToString();
    }
}
