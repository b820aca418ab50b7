using System.Globalization;
using CoachingAcademy.Core.Certificates;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace CoachingAcademy.Infrastructure.Certificates;

/// <summary>A certificate of completion on one landscape page, drawn with PDFsharp; its title names the member too.</summary>
internal sealed class PdfCertificateRenderer : ICertificateRenderer
{
    static PdfCertificateRenderer()
    {
        GlobalFontSettings.FontResolver ??= new InstalledSansFontResolver();
    }

    public byte[] Render(Certificate certificate)
    {
        var document = new PdfDocument();
        document.Info.Title = $"Certificate of completion: {certificate.Name}";
        document.Info.Subject = certificate.ProgramName;
        document.Info.Author = certificate.SignerName;
        var page = document.AddPage();
        page.Size = PageSize.Letter;
        page.Orientation = PageOrientation.Landscape;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var width = page.Width.Point;
            var height = page.Height.Point;
            gfx.DrawRectangle(new XPen(XColor.FromArgb(13, 110, 253), 3), 36, 36, width - 72, height - 72);
            void Line(string text, double size, double y, bool bold = false) =>
                gfx.DrawString(text, new XFont(InstalledSansFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular),
                    XBrushes.Black, new XRect(0, y, width, size * 1.4), XStringFormats.TopCenter);
            string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

            Line("Certificate of Completion", 36, 110, bold: true);
            Line("This certifies that", 16, 190);
            Line(certificate.Name, 30, 225, bold: true);
            Line("has completed", 16, 285);
            Line(certificate.ProgramName, 22, 315, bold: true);
            Line($"{Day(certificate.From)} to {Day(certificate.To)}", 14, 360);
            gfx.DrawLine(new XPen(XColors.Black, 1), width / 2 - 150, 470, width / 2 + 150, 470);
            Line(certificate.SignerName, 14, 478, bold: true);
            Line(certificate.SignerTitle, 12, 500);
        }
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}

/// <summary>
/// Maps every font request to a sans-serif TrueType face installed on the machine (Debian's fonts-dejavu-core, or Liberation
/// Sans), so the PDF does not depend on a platform's own font lookup.
/// </summary>
internal sealed class InstalledSansFontResolver : IFontResolver
{
    public const string Family = "Certificate Sans";

    private static readonly string[] Regular =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", @"C:\Windows\Fonts\arial.ttf",
    ];
    private static readonly string[] Bold =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", @"C:\Windows\Fonts\arialbd.ttf",
    ];

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(isBold ? "bold" : "regular");

    public byte[]? GetFont(string faceName)
    {
        var candidates = faceName == "bold" ? Bold.Concat(Regular) : Regular;
        var path = candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("No sans-serif TrueType font is installed for certificates: install Debian's fonts-dejavu-core.");
        return File.ReadAllBytes(path);
    }
}
