using CoachingAcademy.Core.Email;

namespace CoachingAcademy.Core.Matching;

/// <summary>Seed 001: both chose to go on after the exploratory call, so the coaching relationship begins.</summary>
public sealed class RelationshipBeganEmail(IReadOnlyList<string> recipients, string cohortName, string statementLink) : EmailTemplate
{
    protected override IReadOnlyList<string> Recipients => recipients;
    protected override string Subject => "Your coaching relationship begins";

    protected override string Text() => $"""
        After your exploratory call you both chose to go on: your coaching relationship in {cohortName} begins.
        Next, write and sign your statement of mutual understanding together:

        {statementLink}
        """;

    protected override string HtmlContent() => $"""
        <p>After your exploratory call you both chose to go on: your coaching relationship in {H(cohortName)} begins.
        Next, write and sign your statement of mutual understanding together.</p>
        <p><a href="{H(statementLink)}">Open the statement</a></p>
        """;
}
