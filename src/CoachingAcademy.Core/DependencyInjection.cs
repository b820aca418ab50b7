using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Events;
using CoachingAcademy.Core.Insight;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.Matching.Suggestions;
using CoachingAcademy.Core.Milestones;
using CoachingAcademy.Core.Network;
using CoachingAcademy.Core.Orientation;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.Core.Resources;
using CoachingAcademy.Core.Sessions;
using CoachingAcademy.Core.Surveys;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.Core;

public static class DependencyInjection
{
    public static IServiceCollection AddCore(this IServiceCollection services)
    {
        services.AddScoped<CohortQueries>();
        services.AddScoped<CohortService>();
        services.AddScoped<EnrollmentService>();
        services.AddScoped<PeopleService>();
        services.AddScoped<PeopleQueries>();
        services.AddScoped<OrientationQueries>();
        services.AddScoped<OrientationService>();
        services.AddScoped<CoachOrientationQueries>();
        services.AddScoped<MilestoneQueries>();
        services.AddScoped<EligibilityLoader>();
        services.AddScoped<MatchingService>();
        services.AddScoped<MatchQueries>();
        services.AddScoped<SuggestionService>();
        services.AddScoped<AgreementService>();
        services.AddScoped<EngagementWorkService>();
        services.AddScoped<ExecutiveRecordService>();
        services.AddScoped<ExecutiveScheduleService>();
        services.AddScoped<Certificates.CertificateService>();
        services.AddScoped<Applications.TeamProjects>();
        services.AddScoped<RosterQueries>();
        services.AddScoped<SessionService>();
        services.AddScoped<ProgressQueries>();
        services.AddScoped<ToDoQueries>();
        services.AddScoped<AgencyCohortQueries>();
        services.AddScoped<CalendarFeedService>();
        services.AddScoped<ReminderScanner>();
        services.AddScoped<EmailOutbox>();
        services.AddScoped<OutboxSender>();
        services.AddScoped<OutboxQueries>();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<ReminderQueries>();
        services.AddScoped<SurveyScanner>();
        services.AddScoped<SurveyService>();
        services.AddScoped<SurveyQueries>();
        services.AddScoped<InsightQueries>();
        services.AddScoped<ResourceService>();
        services.AddScoped<ResourceQueries>();
        services.AddScoped<CohortEventService>();
        services.AddScoped<CohortEventQueries>();
        services.AddScoped<PlanQueries>();
        services.AddScoped<OutlineService>();
        services.AddScoped<NetworkSignUpService>();
        services.AddScoped<NetworkProfileService>();
        services.AddScoped<NetworkQueries>();
        services.AddScoped<NetworkOverviewQueries>();
        services.AddScoped<Applications.ApplicationService>();
        return services;
    }
}
