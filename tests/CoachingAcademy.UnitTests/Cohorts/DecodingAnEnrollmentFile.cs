using System.Text;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;

namespace CoachingAcademy.UnitTests.Cohorts;

public sealed class DecodingAnEnrollmentFile
{
    private const string Csv = "Role,Name,Email,Position,Agency,Supervisor email\nCoach,José Núñez,jose@example.org,Other,Città,\n";

    private static byte[] WithBom(Encoding encoding) => [.. encoding.GetPreamble(), .. encoding.GetBytes(Csv)];

    public static TheoryData<string, byte[]> Files => new()
    {
        { "UTF-8", new UTF8Encoding(false).GetBytes(Csv) },
        { "UTF-8 with a byte-order mark", WithBom(new UTF8Encoding(true)) },
        { "UTF-16 LE with a byte-order mark", WithBom(new UnicodeEncoding(false, true)) },
        { "UTF-16 BE with a byte-order mark", WithBom(new UnicodeEncoding(true, true)) },
        { "Windows-1252 (Excel's CSV)", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Csv) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Accented_names_read_the_same_whatever_the_encoding(string encoding, byte[] bytes)
    {
        var line = Assert.Single(EnrollmentFile.Read(EnrollmentFile.Decode(bytes)));

        Assert.True(line.Name == "José Núñez", $"{encoding}: {line.Name}");
    }

    [Fact]
    public void Replacement_characters_are_refused_in_words_never_imported()
    {
        var error = Assert.Throws<DomainException>(() => EnrollmentFile.Read(Csv.Replace("é", "\uFFFD")));

        Assert.Contains("replacement characters", error.Message);
    }

    [Fact]
    public void A_file_in_an_encoding_that_cannot_be_told_is_refused_in_words()
    {
        var utf16WithoutMark = new UnicodeEncoding(false, false).GetBytes(Csv);

        Assert.Contains("CSV UTF-8", Assert.Throws<DomainException>(() => EnrollmentFile.Decode(utf16WithoutMark)).Message);
    }
}
