using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using CsvHelper;
using MiniExcelLibs;

namespace CoachingAcademy.IntegrationTests.Exports;

/// <summary>Reads a downloaded export back as rows of cells, header first, the way a spreadsheet would.</summary>
internal static class ExportFiles
{
    public static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Every record of a CSV file, which must start with the UTF-8 byte-order mark, as text.</summary>
    public static async Task<List<string[]>> CsvAsync(byte[] file)
    {
        Assert.True(file.AsSpan().StartsWith(Utf8Bom), "A CSV export starts with the UTF-8 byte-order mark, so that Excel reads it as UTF-8.");
        using var reader = CsvReader.Create(file[Utf8Bom.Length..], new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ToArray());
        return rows;
    }

    /// <summary>Every row of the first sheet of a workbook: text, numbers (double), dates (DateTime) or null.</summary>
    public static List<object?[]> Xlsx(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return stream.Query(useHeaderRow: false)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.ToArray())
            .ToList();
    }

    /// <summary>Whether any cell of the workbook is a formula (an <c>f</c> element in a sheet).</summary>
    public static bool HasFormula(byte[] file)
    {
        using var zip = new ZipArchive(new MemoryStream(file));
        return zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Any(e =>
        {
            using var reader = new StreamReader(e.Open());
            return Regex.IsMatch(reader.ReadToEnd(), "<(x:)?f[ >]");
        });
    }

    /// <summary>Downloads an export that must be there, with its content type.</summary>
    public static async Task<byte[]> DownloadAsync(this HttpClient client, string path, string mediaType)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public const string Csv = "text/csv";
    public const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Both files hold exactly <paramref name="expected"/>, header first, cell by cell: text (escaped in CSV where it could
    /// run as a formula, as it is in the workbook), whole numbers, dates and times to the minute; null is an empty cell.
    /// </summary>
    public static void AssertCells(IReadOnlyList<object?[]> expected, List<string[]> csv, List<object?[]> xlsx)
    {
        Assert.Equal(expected.Select(row => row.Select(CsvText).ToArray()), csv);
        Assert.Equal(expected.Count, xlsx.Count);
        for (var r = 0; r < expected.Count; r++)
        {
            Assert.Equal(expected[r].Length, xlsx[r].Length);
            for (var c = 0; c < expected[r].Length; c++)
                Assert.True(SameCell(expected[r][c], xlsx[r][c]), $"Workbook row {r + 1}, column {c + 1}: expected {expected[r][c] ?? "(empty)"}, found {xlsx[r][c] ?? "(empty)"}");
        }
    }

    private static string CsvText(object? cell) => cell switch
    {
        null => "",
        int number => number.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        string text when text.Length > 0 && "=+-@\t\r".Contains(text[0]) => "'" + text,
        _ => cell.ToString()!,
    };

    private static bool SameCell(object? expected, object? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (null, string text) => text.Length == 0,
        (string text, string found) => text == found,
        (int number, double found) => number == found,
        (DateOnly date, DateTime found) => found == date.ToDateTime(TimeOnly.MinValue),
        (DateTime time, DateTime found) => Math.Abs((found - time).TotalSeconds) < 1,
        _ => false,
    };
}
