using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoachingAcademy.Infrastructure.Data.Configurations;

/// <summary>
/// Surveys. The four surveys of the seeds' moments ship with the schema (every database has them from the migration that
/// adds surveys); a director attaches them to cohorts, or copies them to change them.
/// </summary>
internal sealed class SurveyTemplateConfiguration : IEntityTypeConfiguration<SurveyTemplate>
{
    public void Configure(EntityTypeBuilder<SurveyTemplate> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(120).IsRequired();
        builder.Property(t => t.Introduction).HasMaxLength(1000).IsRequired();
        builder.Property(t => t.TextReaders).HasConversion<string>().HasMaxLength(16);
        builder.HasMany(t => t.Questions).WithOne().HasForeignKey(q => q.TemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Questions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(t => t.InOrder);
        var shipped = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        builder.HasData(
            new { Id = 1, Name = "Session feedback", IsAnonymous = false, TextReaders = TextReaders.Coach, IsInUse = false, CreatedAtUtc = shipped,
                Introduction = "Your coach wants each session to be worth your time. Tell them how this one went and how it could have created more value." },
            new { Id = 2, Name = "End-of-series assessment", IsAnonymous = true, TextReaders = TextReaders.Directors, IsInUse = false, CreatedAtUtc = shipped,
                Introduction = "Your honest review of the coaching series, now that it has ended. It helps the program serve the next clients better." },
            new { Id = 3, Name = "Meeting evaluation", IsAnonymous = true, TextReaders = TextReaders.Directors, IsInUse = false, CreatedAtUtc = shipped,
                Introduction = "A short evaluation of your team's meeting, asked after each one. The program office reads only the totals." },
            new { Id = 4, Name = "Coaches' debrief", IsAnonymous = false, TextReaders = TextReaders.Directors, IsInUse = false, CreatedAtUtc = shipped,
                Introduction = "Before the debriefing session: how the coaching went for you, and what the academy should keep or change." });
    }
}

internal sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(300).IsRequired();
        builder.Property(q => q.Choices).HasMaxLength(1100).IsRequired();
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(q => q.Options);
        builder.Ignore(q => q.IsText);
        const string yesNo = "Yes\nNo\nNot sure";
        var id = 0;
        object Q(int template, int position, string text, QuestionKind kind, bool required, string choices = "") =>
            new { Id = ++id, TemplateId = template, Position = position, Text = text, Kind = kind, Required = required, Choices = choices };
        builder.HasData(
            Q(1, 1, "How valuable was this session for you?", QuestionKind.Rating, true),
            Q(1, 2, "How could this session have created more value for you?", QuestionKind.LongText, false),
            Q(1, 3, "What will you do before the next session?", QuestionKind.ShortText, false),
            Q(2, 1, "Overall, how valuable was the coaching series?", QuestionKind.Rating, true),
            Q(2, 2, "How far did you reach the goals you set?", QuestionKind.Rating, true),
            Q(2, 3, "How well did your coach keep to the responsibilities agreed at the start?", QuestionKind.Rating, true),
            Q(2, 4, "Would you recommend this coaching to a colleague?", QuestionKind.SingleChoice, true, yesNo),
            Q(3, 1, "How useful was today's meeting?", QuestionKind.Rating, true),
            Q(3, 2, "How well did the team discuss this month's competency?", QuestionKind.Rating, true),
            Q(3, 3, "Which parts of the meeting helped you most?", QuestionKind.MultipleChoice, false,
                "The project updates\nThe competency discussion\nThe resources\nThe Branch Deputy's visit"),
            Q(3, 4, "Did every member take part?", QuestionKind.SingleChoice, true, yesNo),
            Q(4, 1, "How well did the academy prepare and support you as a coach?", QuestionKind.Rating, true),
            Q(4, 2, "How many sessions did you hold with your participant?", QuestionKind.SingleChoice, true, "None\nOne or two\nThree\nFour or more"),
            Q(4, 3, "What worked well in your coaching this year?", QuestionKind.LongText, false),
            Q(4, 4, "What should the academy change for its next coaches?", QuestionKind.LongText, false),
            Q(4, 5, "Would you coach in the next cohort?", QuestionKind.SingleChoice, true, "Yes\nNo\nMaybe"));
    }
}

internal sealed class SurveyMomentConfiguration : IEntityTypeConfiguration<SurveyMoment>
{
    public void Configure(EntityTypeBuilder<SurveyMoment> builder)
    {
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(m => m.Audience).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(m => m.CohortId).OnDelete(DeleteBehavior.Cascade);
        // A survey attached to a cohort is kept; a step a survey follows cannot take a second cascade path from its cohort.
        builder.HasOne(m => m.Template).WithMany().HasForeignKey(m => m.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Milestone>().WithMany().HasForeignKey(m => m.StepId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(m => new { m.CohortId, m.Kind });
    }
}

internal sealed class SurveyRequestConfiguration : IEntityTypeConfiguration<SurveyRequest>
{
    public void Configure(EntityTypeBuilder<SurveyRequest> builder)
    {
        builder.Property(r => r.About).HasMaxLength(40).IsRequired();
        builder.HasOne(r => r.Moment).WithMany().HasForeignKey(r => r.MomentId).OnDelete(DeleteBehavior.Cascade);
        // Reached from the cohort through the moment already: the other links take no action of their own.
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Match>().WithMany().HasForeignKey(r => r.MatchId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<CoachingSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(r => new { r.MomentId, r.PersonId, r.About }).IsUnique();
        builder.HasIndex(r => new { r.PersonId, r.AnsweredAtUtc });
        builder.HasIndex(r => new { r.AnsweredAtUtc, r.ClosesAtUtc });
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.HasOne<SurveyMoment>().WithMany().HasForeignKey(r => r.MomentId).OnDelete(DeleteBehavior.Cascade);
        // One response per request, whatever happens (anonymous responses hold no request).
        builder.HasOne<SurveyRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(r => r.RequestId).IsUnique();
        builder.HasIndex(r => r.Month);
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.ToTable("SurveyAnswers");
        builder.Property(a => a.Choices).HasMaxLength(40);
        builder.Property(a => a.Text).HasMaxLength(SurveyQuestion.LongTextLength);
        builder.Ignore(a => a.ChoiceIndexes);
        builder.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(a => new { a.QuestionId, a.Rating });
    }
}
