using System.IO.Compression;
using System.Text;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Resources;

namespace CoachingAcademy.UnitTests.Resources;

public sealed class CheckingResourceFiles
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46];

    /// <summary>A zip with the given entries, as Office writes its documents.</summary>
    private static byte[] Zip(params string[] entries)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<?xml version=\"1.0\"?><x/>");
            }
        return bytes.ToArray();
    }

    private static string Refusal(string name, byte[] content) =>
        Assert.Throws<DomainException>(() => ResourceFileTypes.Check(name, content)) is { Field: ResourceFileTypes.Field } refused
            ? refused.Message : "refused on another field";

    [Theory]
    [InlineData("slides.pdf", "application/pdf")]
    [InlineData("SLIDES.PDF", "application/pdf")]
    public void A_pdf_is_recognized_by_its_first_bytes_whatever_the_case_of_its_name(string name, string type) =>
        Assert.Equal(type, ResourceFileTypes.Check(name, Pdf).ContentType);

    [Fact]
    public void Images_are_recognized_by_their_signatures()
    {
        Assert.Equal("image/png", ResourceFileTypes.Check("chart.png", Png).ContentType);
        Assert.Equal("image/jpeg", ResourceFileTypes.Check("photo.jpg", Jpeg).ContentType);
        Assert.Equal("image/jpeg", ResourceFileTypes.Check("photo.jpeg", Jpeg).ContentType);
    }

    [Theory]
    [InlineData("deck.pptx", "ppt/presentation.xml", "presentationml")]
    [InlineData("handout.docx", "word/document.xml", "wordprocessingml")]
    [InlineData("plan.xlsx", "xl/workbook.xml", "spreadsheetml")]
    public void An_office_document_is_a_zip_with_its_main_part(string name, string mainPart, string type) =>
        Assert.Contains(type, ResourceFileTypes.Check(name, Zip("[Content_Types].xml", mainPart)).ContentType);

    [Fact]
    public void A_zip_that_is_not_the_office_document_its_name_says_is_refused()
    {
        Assert.StartsWith("The file's content is not a Word document", Refusal("handout.docx", Zip("[Content_Types].xml", "ppt/presentation.xml")));
        Assert.StartsWith("The file's content is not a PowerPoint", Refusal("deck.pptx", Zip("payload.exe")));
        Assert.StartsWith("The file's content is not an Excel", Refusal("plan.xlsx", [.. "PK\u0003\u0004"u8, 1, 2, 3]));
    }

    [Fact]
    public void Text_and_csv_are_taken_when_they_hold_no_control_characters()
    {
        Assert.Equal("text/plain", ResourceFileTypes.Check("notes.txt", "Agenda\r\n\tWelcome\n"u8.ToArray()).ContentType);
        Assert.Equal("text/csv", ResourceFileTypes.Check("people.csv", [0xEF, 0xBB, 0xBF, .. "Name,Role\nJosé,Coach\n"u8]).ContentType);
        Assert.StartsWith("The file's content is not a text file", Refusal("notes.txt", [0x4D, 0x5A, 0x90, 0x00, 0x03]));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html></html>")]
    [InlineData("  \n<HTML><script>alert(1)</script>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<script>alert(1)</script>")]
    public void A_web_page_named_as_text_is_refused(string page) =>
        Assert.StartsWith("The file's content is not a text file", Refusal("notes.txt", Encoding.UTF8.GetBytes(page)));

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>Slides</body></html>")]
    [InlineData("MZ\u0090\u0000\u0003 This program cannot be run in DOS mode.")]
    [InlineData("PK\u0003\u0004 a zip")]
    [InlineData(" %PDF-1.4 not at the start")]
    public void A_file_named_pdf_whose_bytes_are_something_else_is_refused(string content) =>
        Assert.StartsWith("The file's content is not a PDF document", Refusal("slides.pdf", Encoding.Latin1.GetBytes(content)));

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("page.html")]
    [InlineData("image.svg")]
    [InlineData("slides.pdf.exe")]
    [InlineData("no-extension")]
    public void A_type_off_the_list_is_refused_whatever_its_content(string name) =>
        Assert.StartsWith("Only PDF, PowerPoint (.pptx), Word (.docx), Excel (.xlsx), PNG, JPEG, text (.txt) or CSV files can be added",
            Refusal(name, Pdf));

    [Fact]
    public void An_empty_file_is_refused() => Assert.Equal("The file is empty.", Refusal("slides.pdf", []));

    [Theory]
    [InlineData(@"C:\Users\alex\Desktop\Orientation.pdf", "Orientation.pdf")]
    [InlineData("../../etc/slides.pdf", "slides.pdf")]
    [InlineData("bad\r\nname\".pdf", "badname.pdf")]
    [InlineData(".pdf", "resource.pdf")]
    public void A_downloads_name_keeps_the_uploaders_file_name_without_folders_or_control_characters(string given, string kept) =>
        Assert.Equal(kept, ResourceFileTypes.CleanFileName(given, ResourceFileTypes.Check("x.pdf", Pdf)));

    [Theory]
    [InlineData("https://www.example.org/slides", true)]
    [InlineData("http://intranet.example.org/a?b=c#d", true)]
    [InlineData("  https://www.example.org/padded  ", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("vbscript:msgbox(1)", false)]
    [InlineData("ftp://files.example.org/a.pdf", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("/Resources/1", false)]
    [InlineData("www.example.org", false)]
    [InlineData("https://www.example.org/with space", false)]
    [InlineData("https://", false)]
    [InlineData("", false)]
    public void A_link_is_an_absolute_http_or_https_address(string url, bool valid) => Assert.Equal(valid, ResourceLink.IsValid(url));
}
