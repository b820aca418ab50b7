using System.IO.Compression;
using System.Text;
using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Resources;

/// <summary>A kind of file a resource may be: its extension, the type it is served as, and its name in messages.</summary>
public sealed record ResourceFileType(string Extension, string ContentType, string Name);

/// <summary>
/// The allow-list of resource files. A file is taken only when its name's extension is on the list AND its first bytes are
/// what that extension promises (a PDF's "%PDF-", a PNG's signature, an Office document's zip with its main part, text with no
/// control characters and no web page), so a page or a program renamed .pdf is refused.
/// </summary>
public static class ResourceFileTypes
{
    public const string Field = "File";

    private const string OfficeXml = "application/vnd.openxmlformats-officedocument.";

    public static readonly IReadOnlyList<ResourceFileType> Allowed =
    [
        new(".pdf", "application/pdf", "a PDF document"),
        new(".pptx", OfficeXml + "presentationml.presentation", "a PowerPoint presentation"),
        new(".docx", OfficeXml + "wordprocessingml.document", "a Word document"),
        new(".xlsx", OfficeXml + "spreadsheetml.sheet", "an Excel workbook"),
        new(".png", "image/png", "a PNG image"),
        new(".jpg", "image/jpeg", "a JPEG image"),
        new(".jpeg", "image/jpeg", "a JPEG image"),
        new(".txt", "text/plain", "a text file"),
        new(".csv", "text/csv", "a CSV file"),
    ];

    /// <summary>For a file input's accept attribute.</summary>
    public static string Accept => string.Join(',', Allowed.Select(t => t.Extension));

    public const string InWords = "PDF, PowerPoint (.pptx), Word (.docx), Excel (.xlsx), PNG, JPEG, text (.txt) or CSV";

    /// <summary>The main part each Office format's zip holds.</summary>
    private static readonly Dictionary<string, string> OfficeMainParts = new()
    {
        [".pptx"] = "ppt/presentation.xml",
        [".docx"] = "word/document.xml",
        [".xlsx"] = "xl/workbook.xml",
    };

    private static readonly string[] Markup = ["<!doctype", "<html", "<head", "<body", "<script", "<svg", "<?xml", "<iframe", "<object", "<embed"];

    /// <summary>The type of an uploaded file, or a <see cref="DomainException"/> on <see cref="Field"/> that says why it is refused.</summary>
    public static ResourceFileType Check(string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        var type = Allowed.FirstOrDefault(t => t.Extension == extension)
            ?? throw new DomainException($"Only {InWords} files can be added; this one is {(extension.Length == 0 ? "of no known type" : extension)}.", Field);
        if (content.Length == 0)
            throw new DomainException("The file is empty.", Field);
        if (!Matches(type, content))
            throw new DomainException($"The file's content is not {type.Name}, whatever its name says. Save it again as {type.Name} and add it.", Field);
        return type;
    }

    private static bool Matches(ResourceFileType type, byte[] content) => type.Extension switch
    {
        ".pdf" => StartsWith(content, "%PDF-"u8),
        ".png" => StartsWith(content, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ".jpg" or ".jpeg" => StartsWith(content, [0xFF, 0xD8, 0xFF]),
        ".pptx" or ".docx" or ".xlsx" => StartsWith(content, "PK\x03\x04"u8) && HoldsPart(content, OfficeMainParts[type.Extension]),
        _ => IsPlainText(content),
    };

    private static bool StartsWith(byte[] content, ReadOnlySpan<byte> signature) => content.AsSpan().StartsWith(signature);

    /// <summary>Reads the zip's directory only (no entry is inflated) for the format's main part.</summary>
    private static bool HoldsPart(byte[] content, string part)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.Entries.Any(e => e.FullName == part) && zip.Entries.Any(e => e.FullName == "[Content_Types].xml");
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Text: no control characters but tabs, line ends and form feeds (a program has them), and not a web page.</summary>
    private static bool IsPlainText(byte[] content)
    {
        foreach (var b in content)
            if (b is < 0x20 and not (0x09 or 0x0A or 0x0C or 0x0D) || b == 0x7F)
                return false;
        var start = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '\f');
        return !Markup.Any(m => start.StartsWith(m, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An uploader's file name as a download may carry it: no folders, no control characters, not too long.</summary>
    public static string CleanFileName(string? fileName, ResourceFileType type)
    {
        var name = (fileName ?? "").Split('/', '\\')[^1];
        name = new string(name.Where(c => !char.IsControl(c) && c != '"').ToArray()).Trim();
        if (name.Length <= type.Extension.Length)
            name = "resource" + type.Extension;
        if (name.Length > Resource.FileNameLength)
            name = name[..(Resource.FileNameLength - type.Extension.Length)] + type.Extension;
        return name;
    }
}
