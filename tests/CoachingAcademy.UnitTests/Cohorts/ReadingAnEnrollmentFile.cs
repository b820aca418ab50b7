using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.People;

namespace CoachingAcademy.UnitTests.Cohorts;

public sealed class ReadingAnEnrollmentFile
{
    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_case_with_quoted_commas_and_line_numbers()
    {
        var lines = EnrollmentFile.Read("""
            supervisor EMAIL;Agency;Position;Title;Email;Name;Role
            ;"City of Riverbend";Chief Executive;"City Manager; acting";pat@example.org;Pat Lee;coach

            boss@example.org;City of Riverbend;other;Analyst;sam@example.org;"Ortiz, Sam";Participant
            """);

        Assert.Equal(2, lines.Count);
        Assert.Equal(new EnrollmentLine(2, "coach", "Pat Lee", "pat@example.org", "City Manager; acting", "Chief Executive", "City of Riverbend", ""), lines[0]);
        Assert.Equal("Ortiz, Sam", lines[1].Name);
        Assert.Equal(4, lines[1].Line);
    }

    [Fact]
    public void The_example_in_the_app_reads()
    {
        var lines = EnrollmentFile.Read(EnrollmentFile.Example);

        Assert.Equal(["Coach", "Participant"], lines.Select(l => l.Role));
    }

    [Fact]
    public void A_file_without_a_required_column_says_which()
    {
        var error = Assert.Throws<DomainException>(() => EnrollmentFile.Read("Name,Email,Role\nPat,pat@example.org,Coach\n"));

        Assert.Contains("Position, Agency, Supervisor email", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Role,Name,Email,Title,Position,Agency,Supervisor email\n")]
    [InlineData("Role,Name,Email,Title,Position,Agency,Supervisor email\n\"Coach,Pat")]
    public void An_empty_or_unreadable_file_is_refused_in_words(string text)
    {
        var error = Assert.Throws<DomainException>(() => EnrollmentFile.Read(text));

        Assert.Matches(@"^The file \w", error.Message);
    }

    [Fact]
    public void Control_characters_are_dropped_from_values()
    {
        var line = Assert.Single(EnrollmentFile.Read("Role,Name,Email,Position,Agency,Supervisor email\nCoach,Pat\u0007 Lee\u001b,pat@example.org,Other,A,\n"));

        Assert.Equal("Pat Lee", line.Name);
    }

    [Theory]
    [InlineData("Department Head", PositionLevel.DepartmentHead)]
    [InlineData("departmenthead", PositionLevel.DepartmentHead)]
    [InlineData("Chief Executive", PositionLevel.ChiefExecutive)]
    [InlineData("OTHER", PositionLevel.Other)]
    public void Positions_read_by_name(string text, PositionLevel expected)
    {
        Assert.True(EnrollmentFile.TryParsePosition(text, out var level));
        Assert.Equal(expected, level);
    }

    [Fact]
    public void An_unknown_position_or_role_is_not_read()
    {
        Assert.False(EnrollmentFile.TryParsePosition("Mayor", out _));
        Assert.False(EnrollmentFile.TryParseRole("Director", out _));
        Assert.True(EnrollmentFile.TryParseRole(" coach ", out var role));
        Assert.Equal(EnrollmentRole.Coach, role);
    }
}
