using CoachingAcademy.Web.Infrastructure;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using static CoachingAcademy.IntegrationTests.Exports.ExportFiles;

namespace CoachingAcademy.IntegrationTests.Exports;

/// <summary>The export writer on its own: what a CSV file and a workbook hold, and that no text runs as a formula.</summary>
public sealed class WritingATable
{
    private const string Hyperlink = "=HYPERLINK(\"http://x\")";

    private static readonly ExportColumn[] Columns =
        [new("Name"), new("Name"), new("Sessions", CellKind.Number), new("Due", CellKind.Date), new("Start", CellKind.DateTime)];

    private static readonly object?[][] Rows =
    [
        [Hyperlink, "+1 555 0100", 3, new DateOnly(2026, 4, 8), new DateTime(2026, 3, 12, 10, 0, 0)],
        ["-5", "@Élodie Ærøe, \"Jo\"\nline two", 0, null, new DateTime(2026, 12, 31, 23, 59, 0)],
        [null, "Plain", -2, new DateOnly(2027, 1, 1), null],
    ];

    private static async Task<(List<string[]> Csv, List<object?[]> Xlsx, byte[] Workbook)> WriteAsync(object?[][] rows)
    {
        var table = new ExportTable("t", Columns, rows.ToAsyncEnumerable());
        using var csv = new MemoryStream();
        await TableExport.WriteCsvAsync(table, csv, CancellationToken.None);
        using var xlsx = new MemoryStream();
        await TableExport.WriteXlsxAsync(table with { Rows = rows.ToAsyncEnumerable() }, xlsx, CancellationToken.None);
        return (await CsvAsync(csv.ToArray()), Xlsx(xlsx.ToArray()), xlsx.ToArray());
    }

    [Fact]
    public async Task Both_formats_hold_every_cell_with_its_kind_and_the_header_first()
    {
        var (csv, xlsx, _) = await WriteAsync(Rows);

        AssertCells([Columns.Select(c => (object?)c.Header).ToArray(), .. Rows], csv, xlsx);
    }

    [Fact]
    public async Task A_text_that_looks_like_a_formula_is_escaped_in_csv_and_plain_text_in_the_workbook()
    {
        var (csv, xlsx, workbook) = await WriteAsync(Rows);

        Assert.Equal("'" + Hyperlink, csv[1][0]);
        Assert.Equal("'+1 555 0100", csv[1][1]);
        Assert.Equal("'-5", csv[2][0]);
        Assert.Equal("-2", csv[3][2]);   // a number stays a number
        Assert.Equal(Hyperlink, xlsx[1][0]);
        Assert.Equal("-5", xlsx[2][0]);
        Assert.False(HasFormula(workbook), "No cell of the workbook is a formula.");
    }

    [Fact]
    public async Task The_check_itself_finds_a_formula_cell()
    {
        using var workbook = new MemoryStream();
        await workbook.SaveAsAsync(new[] { new Dictionary<string, object> { ["a"] = "SUM(1,2)" } },
            configuration: new OpenXmlConfiguration { DynamicColumns = [new DynamicExcelColumn("a") { Type = ColumnType.Formula }] });

        Assert.True(HasFormula(workbook.ToArray()));
    }

    [Fact]
    public async Task An_empty_table_keeps_its_header_in_both_formats()
    {
        var (csv, xlsx, _) = await WriteAsync([]);

        AssertCells([Columns.Select(c => (object?)c.Header).ToArray()], csv, xlsx);
    }

    [Theory]
    [InlineData("csv", true)]
    [InlineData("XLSX", true)]
    [InlineData("pdf", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_csv_and_xlsx_are_formats(string? format, bool known)
    {
        Assert.Equal(known, TableExport.TryParse(format, out _));
    }
}
