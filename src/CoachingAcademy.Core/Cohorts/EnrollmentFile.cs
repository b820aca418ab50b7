using System.Text;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.People;
using CsvHelper;

namespace CoachingAcademy.Core.Cohorts;

/// <summary>One line of an enrollment file, as written (trimmed).</summary>
public sealed record EnrollmentLine(int Line, string Role, string Name, string Email, string Title, string Position, string Agency, string Supervisor);

/// <summary>
/// Reads an enrollment CSV file with CsvHelper. Columns, in any order and any case: Role (Participant or Coach), Name,
/// Email, Title, Position (Chief Executive, Assistant Manager, Department Head, Senior Manager or Other), Agency and
/// Supervisor email.
/// </summary>
public static class EnrollmentFile
{
    public const int MaxLines = 5_000;
    public const int MaxCharacters = 2_000_000;

    public static readonly IReadOnlyList<string> Columns = ["Role", "Name", "Email", "Title", "Position", "Agency", "Supervisor email"];

    public const string Example = """
        Role,Name,Email,Title,Position,Agency,Supervisor email
        Coach,Pat Lee,pat.lee@example.org,Fire Chief,Department Head,City of Riverbend,morgan.ellery@example.org
        Participant,Sam Ortiz,sam.ortiz@example.org,Fire Captain,Other,City of Riverbend,pat.lee@example.org
        """;

    private const string SaveAsUtf8 = "In Excel, save it as \"CSV UTF-8 (Comma delimited)\" and upload it again.";

    /// <summary>
    /// The text of an uploaded file: UTF-8 (with or without a byte-order mark) or UTF-16 with one; bytes that are not
    /// valid UTF-8 are read as Windows-1252, what Excel writes for "CSV (Comma delimited)". Never a replacement character.
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        var (encoding, skip) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false, throwOnInvalidBytes: true), 3),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            [0xFE, 0xFF, ..] => ((Encoding)new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
            _ => (new UTF8Encoding(false, throwOnInvalidBytes: true), 0),
        };
        string text;
        try
        {
            text = encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException) when (skip == 0)
        {
            text = WindowsLatin1(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DomainException("The file is not readable text in the encoding it declares. " + SaveAsUtf8);
        }
        if (text.Contains('\0'))
            throw new DomainException("The file looks like UTF-16 text without a byte-order mark. " + SaveAsUtf8);
        return text;
    }

    private static string WindowsLatin1(byte[] bytes)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DomainException("The file is neither UTF-8 nor Windows-1252 text. " + SaveAsUtf8);
        }
    }

    public static IReadOnlyList<EnrollmentLine> Read(string text)
    {
        if (text.Length > MaxCharacters)
            throw new DomainException($"The file is too large: at most {MaxCharacters / 1_000_000} MB, {MaxLines:N0} people at a time.");
        // U+FFFD is what a wrong decoding leaves behind ("Jos\uFFFD"): the names it stands in for are lost.
        if (text.Contains('\uFFFD'))
            throw new DomainException("The file contains replacement characters (\uFFFD) where letters were lost by an earlier conversion. " + SaveAsUtf8);
        var options = new CsvReaderOptions
        {
            NormalizeHeaderName = Normalize,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Throw,
            MaxRecordSize = 64 * 1024,
        };
        try
        {
            using var csv = CsvReader.FromText(text, options);
            csv.ReadHeader();
            if (csv.Headers.Count == 0 || csv.Headers.All(string.IsNullOrWhiteSpace))
                throw new DomainException("The file is empty. Its first line names the columns: " + string.Join(", ", Columns) + ".");
            var headers = csv.Headers.Select(Normalize).ToHashSet();
            var missing = Columns.Where(c => c != "Title" && !headers.Contains(Normalize(c))).ToList();
            if (missing.Count > 0)
                throw new DomainException($"The file has no {string.Join(", ", missing)} column. Its first line names the columns: {string.Join(", ", Columns)}.");

            var lines = new List<EnrollmentLine>();
            while (csv.Read())
            {
                if (lines.Count == MaxLines)
                    throw new DomainException($"The file has more than {MaxLines:N0} people; split it into smaller files.");
                var line = new EnrollmentLine((int)csv.LineNumber, Field(csv, "Role"), Field(csv, "Name"), Field(csv, "Email"), Field(csv, "Title"),
                    Field(csv, "Position"), Field(csv, "Agency"), Field(csv, "Supervisor email"));
                if (line is not { Role: "", Name: "", Email: "", Title: "", Position: "", Agency: "", Supervisor: "" })
                    lines.Add(line);
            }
            if (lines.Count == 0)
                throw new DomainException("The file names its columns but has nobody in it.");
            return lines;
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or ArgumentException)
        {
            throw new DomainException("The file could not be read as CSV (a quote may be left open). Save it as CSV and try again.");
        }
    }

    private static string Field(CsvReader csv, string column) =>
        csv.TryGetFieldIndex(column, out var index) && index < csv.FieldCount ? Clean(csv.GetString(index)) : "";

    /// <summary>Control characters never belong in a name or an address.</summary>
    private static string Clean(string? value) => new string((value ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();

    private static string Normalize(string header) => new string(header.Where(char.IsLetter).ToArray()).ToLowerInvariant();

    public static bool TryParseRole(string text, out EnrollmentRole role)
    {
        role = default;
        return Normalize(text) switch
        {
            "participant" => Set(EnrollmentRole.Participant, out role),
            "coach" => Set(EnrollmentRole.Coach, out role),
            _ => false,
        };
    }

    public static bool TryParsePosition(string text, out PositionLevel level)
    {
        level = default;
        var normalized = Normalize(text);
        foreach (var candidate in Enum.GetValues<PositionLevel>())
        {
            if (Normalize(candidate.ToString()) == normalized || Normalize(candidate.DisplayName()) == normalized)
            {
                level = candidate;
                return true;
            }
        }
        return false;
    }

    private static bool Set<T>(T value, out T target)
    {
        target = value;
        return true;
    }
}
