using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Engagements;
using CoachingAcademy.Core.Matching;
using CoachingAcademy.Core.People;
using CoachingAcademy.Infrastructure.Data;

namespace CoachingAcademy.Infrastructure.Demo;

/// <summary>
/// Seed 003's record of the demo's executive engagement, as far as its steps have gone: three outcomes with benchmarks
/// (step 1), five 360° interviews, all done (step 3), and the plan (steps 4 and 5): version 1 committed by the leader, revised
/// at the leader and sponsor review into version 2, which both committed to.
/// </summary>
internal static class DemoExecutiveRecord
{
    public static void Add(AppDbContext db, int matchId, Person coach, Person leader, Person sponsor, DateOnly startedOn)
    {
        DateTime At(int days, int hour) => ProgramTime.ToUtc(startedOn.AddDays(days).ToDateTime(new TimeOnly(hour, 0)), DemoDataSeeder.TimeZoneId);

        db.ProgramOutcomes.AddRange(
            new ProgramOutcome(matchId, "Chris delegates the department's operational decisions to the division managers.",
                "Division managers decide their budgets and staffing within policy; Chris reviews monthly instead of approving each item.", 1, At(12, 11)),
            new ProgramOutcome(matchId, "Chris leads the merger of Community Services and Parks into one department.",
                "A single leadership team and one work plan adopted by the Board of Supervisors by month twelve.", 2, At(12, 11)),
            new ProgramOutcome(matchId, "Chris's direct reports experience him as approachable and clear.",
                "Direct reports rate approachability and clarity 4 of 5 or better in the end-of-program 360, up from 2.5.", 3, At(12, 11)));

        (string Name, InterviewRelationship Relationship, int Day)[] interviews =
        [
            ("Pat Lindgren", InterviewRelationship.Boss, 36), ("Dana Ruiz", InterviewRelationship.Peer, 38),
            ("Omar Haddad", InterviewRelationship.DirectReport, 40), ("Grace Liu", InterviewRelationship.DirectReport, 41),
            ("Sam Whitaker", InterviewRelationship.Other, 44),
        ];
        foreach (var (name, relationship, day) in interviews)
        {
            var interview = new Interview360(matchId, name, relationship, At(30, 9));
            interview.Mark(true, startedOn.AddDays(day));
            db.Interviews360.Add(interview);
        }

        var first = DevelopmentPlanVersion.Revise(null, matchId, new PlanText(
            "Letting go of operational control; leading through the merger; being approachable.",
            "A weekly hour with each division manager that asks rather than tells. Ten minutes at the end of each day noting what was delegated.",
            "Map the decisions that reach Chris's desk and name who should own each. Hold two listening sessions with front-line staff.",
            "The Heart of Coaching, chapters 3 to 5; Leading Change (Kotter)."), coach.Id, At(61, 15))!;
        first.Commit(leader.Id, leader.FullName, MemberRole.Coachee, At(70, 10));
        // At the review the sponsor asked for the merger to be in the exercises; the coach revised the plan there and then.
        var second = DevelopmentPlanVersion.Revise(first, matchId, new PlanText(
            "Letting go of operational control; leading through the merger; being approachable.",
            "A weekly hour with each division manager that asks rather than tells. Ten minutes at the end of each day noting what was delegated.",
            "Map the decisions that reach Chris's desk and name who should own each. Hold two listening sessions with front-line staff. Draft the merged department's leadership charter with both leadership teams.",
            "The Heart of Coaching, chapters 3 to 5; Leading Change (Kotter)."), coach.Id, At(75, 16))!;
        second.Commit(sponsor.Id, sponsor.FullName, MemberRole.Sponsor, At(75, 17));
        second.Commit(leader.Id, leader.FullName, MemberRole.Coachee, At(76, 9));
        db.DevelopmentPlanVersions.AddRange(first, second);
    }
}
