using System.Net;
using CoachingAcademy.TestSupport;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.IntegrationTests.Gates;

/// <summary>Every one-line text field of every validated form refuses line breaks and other control characters.</summary>
public sealed class OneLineFields(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Injection = "Jordan Blake\r\nATTENDEE:mailto:someone@evil.example.com";

    /// <summary>Fields where a line break belongs (a textarea), or that are never written anywhere, each with why.</summary>
    private static readonly Dictionary<string, string> MultiLine = new()
    {
        ["MilestoneInput.Description"] = "textarea",
        ["AgreementInput.Confidentiality"] = "textarea",
        ["AgreementInput.AdditionalPoints"] = "textarea",
        ["RejectInput.Reason"] = "textarea",
        ["EndMatchInput.Reason"] = "textarea",
        ["EndMatchInput.ThankYou"] = "textarea",
        ["SessionInput.Reason"] = "textarea",
        ["ChangeInput.Reason"] = "textarea",
        ["NoteInput.Text"] = "textarea",
        ["ProjectStatusInput.Text"] = "textarea",
        ["ChallengeInput.Challenge"] = "textarea",
        ["OutlineInput.Reason"] = "textarea",
        ["OutlineDecisionInput.Comment"] = "textarea",
        ["PlanInput.Themes"] = "textarea",
        ["CloseCycleInput.Summary"] = "textarea",
        ["PlanInput.Practices"] = "textarea",
        ["PlanInput.Exercises"] = "textarea",
        ["PlanInput.Reading"] = "textarea",
        ["TemplateInput.Introduction"] = "textarea",
        ["QuestionInput.Choices"] = "textarea, one choice per line",
        ["EnrollmentConfirm.Csv"] = "the whole checked file, whose lines are checked one by one",
        ["LoginInput.Password"] = "compared with a hash, never written",
        ["LoginInput.ReturnUrl"] = "only ever used when Url.IsLocalUrl accepts it",
        ["SetPasswordInput.Password"] = "hashed, never written",
        ["SetPasswordInput.ConfirmPassword"] = "compared, never written",
        ["SetPasswordInput.UserId"] = "looked up, never written",
        ["SetPasswordInput.Token"] = "verified, never written",
        ["ConfirmSignUpInput.Password"] = "hashed, never written",
        ["ConfirmSignUpInput.ConfirmPassword"] = "compared, never written",
        ["ProfileInput.Bio"] = "textarea",
        ["ApplicationInput.Why"] = "textarea",
        ["ApplicationInput.LeadershipRoles"] = "textarea",
        ["ApplicationInput.Specific"] = "textarea",
        ["ApplicationInput.Measurable"] = "textarea",
        ["ApplicationInput.Achievable"] = "textarea",
        ["ApplicationInput.Realistic"] = "textarea",
        ["ApplicationInput.Timely"] = "textarea",
        ["ApplicationDecisionInput.Reason"] = "textarea",
    };

    [Fact]
    public void Refuse_control_characters_in_every_validated_input()
    {
        using var scope = app.Services.CreateScope();
        var validators = typeof(Program).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .ToList();
        Assert.NotEmpty(validators);
        var wrong = new List<string>();
        foreach (var type in validators)
        {
            var validator = (IValidator)ActivatorUtilities.CreateInstance(scope.ServiceProvider, type);
            var model = type.BaseType!.GetGenericArguments()[0];
            foreach (var property in model.GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite))
            {
                if (MultiLine.ContainsKey($"{model.Name}.{property.Name}"))
                    continue;
                var input = Activator.CreateInstance(model)!;
                property.SetValue(input, Injection);
                var errors = validator.Validate(new ValidationContext<object>(input)).Errors;
                if (!errors.Any(e => e.PropertyName == property.Name))
                    wrong.Add($"{type.Name} accepts a line break in {model.Name}.{property.Name}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task A_name_with_a_line_break_is_refused_with_words_and_not_saved()
    {
        var director = await app.LoginAsync(DemoUsers.Director);
        var agency = await app.QueryAsync(db => db.Agencies.Select(a => a.Id).FirstAsync());

        var response = await director.PostFormAsync($"/Agencies/{agency}/People/Add", new()
        {
            ["FullName"] = Injection, ["Email"] = "injected.name@example.org", ["Title"] = "Analyst", ["PositionLevel"] = "Other",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        FieldMessages.Assert(await response.Content.ReadAsStringAsync(), "FullName", "Keep this to one line");
        Assert.False(await app.QueryAsync(db => db.People.AnyAsync(p => p.Email == "injected.name@example.org")));
    }
}
