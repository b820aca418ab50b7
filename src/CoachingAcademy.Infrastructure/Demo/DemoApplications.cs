using CoachingAcademy.Core.Applications;
using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.People;
using CoachingAcademy.Infrastructure.Data;

namespace CoachingAcademy.Infrastructure.Demo;

/// <summary>
/// Seed 004's applications to this year's circle at Harbor Point, at every stage: the team's four members and Lena Sorensen
/// accepted, Jonah Reed waiting for the program office, Tom Becker for the division director, Aisha Bello for her supervisor,
/// and Carmen Diaz's declined by the division director (with the reason she reads). The supervisor (Wendell Price) and
/// the division director (Rosa Delgado) have email addresses and no login: they decide through emailed links, which a director
/// sends from the cohort's Applications page.
/// </summary>
internal static class DemoApplications
{
    public static void Add(AppDbContext db, DemoOrgChart org, DateTime now)
    {
        var cohort = db.Cohorts.Local.Where(c => c.Kind == ProgramKind.PeerCircle).OrderByDescending(c => c.GraduationDate).First();
        var supervisor = db.People.Local.Single(p => p.FullName == "Wendell Price");
        var director = org.Add(supervisor.Agency, "Rosa Delgado", "rosa.delgado", "Customer Operations Division Director", PositionLevel.DepartmentHead, supervisor);
        var competencies = cohort.Milestones.OrderBy(m => m.Order).Select(m => m.Name).ToList();
        var count = ApplicationService.Competencies(competencies).Count;
        var office = db.People.Local.Single(p => p.FullName == "Alex Rivera").FullName;

        CircleApplication Apply(string name, string division, string unit, string project, int submittedDaysAgo, Cohort? to = null)
        {
            var person = db.People.Local.Single(p => p.FullName == name);
            var choices = Enumerable.Range(0, count).Select(i => (i + name.Length) % 3 == 0 ? CircleApplication.Glow : CircleApplication.Grow).ToList();
            var form = new ApplicationForm(person.Title, division, unit, supervisor.FullName, supervisor.Email, director.FullName, director.Email,
                $"I lead day-to-day work in {unit} and want to learn to lead change across divisions, with peers who face the same questions.",
                "A manager's position in my division within three to five years, and one day a division director's.",
                choices,
                new SmartProject($"{project}.", "Progress is reported monthly against a baseline taken in the first month.",
                    "The work fits my current duties and my supervisor has agreed the time.",
                    $"It serves the {division} division's plan for this year.", "Done by the circle's final meeting."),
                Committed: true);
            var application = new CircleApplication((to ?? cohort).Id, person.Id, form, count, now.AddDays(-submittedDaysAgo));
            db.CircleApplications.Add(application);
            return application;
        }

        void Approve(CircleApplication application, int supervisorDaysAgo, int? directorDaysAgo, int? acceptedDaysAgo)
        {
            application.Approve(ApplicationStage.Supervisor, supervisor.FullName, false, now.AddDays(-supervisorDaysAgo));
            if (directorDaysAgo is int d)
                application.Approve(ApplicationStage.DivisionDirector, director.FullName, true, now.AddDays(-d));
            if (acceptedDaysAgo is int a)
                application.Approve(ApplicationStage.ProgramOffice, office, true, now.AddDays(-a));
        }

        Approve(Apply("Noor Haddad", "Customer Operations", "Customer Service", "Cut the average wait on the customer line from six minutes to three", 160), 158, 155, 150);
        Approve(Apply("Felix Grant", "Water Quality", "Laboratory", "Move the laboratory's sample log from paper to the shared system", 160), 157, 155, 150);
        Approve(Apply("Maya Torres", "Field Operations", "North Crew", "Plan the north crew's routes so that each truck drives 10% fewer miles", 159), 157, 154, 150);
        Approve(Apply("Ivan Petrov", "Finance", "Billing", "Halve the number of billing corrections customers ask for", 159), 156, 154, 150);
        Approve(Apply("Lena Sorensen", "Finance", "Procurement", "Publish a one-page buying guide and train every unit's buyer", 25), 22, 18, 12);
        Approve(Apply("Tom Becker", "Engineering", "Capital Projects", "Bring the capital projects' status reports to one format", 6), 4, null, null);
        Apply("Aisha Bello", "Customer Operations", "Safety", "Bring the near-miss reports of every crew into one monthly review", 2);
        Approve(Apply("Jonah Reed", "Engineering", "Asset Records", "Put every main's age and material in the asset register", 9), 7, 3, null);
        var carmen = Apply("Carmen Diaz", "Customer Operations", "Accounts", "Move every paper account form online", 20);
        Approve(carmen, 18, null, null);
        carmen.Decline(ApplicationStage.DivisionDirector, director.FullName,
            "The accounts system is replaced this year, so the project cannot be measured now. Please apply to next year's circle with it.", now.AddDays(-15));

        // Last year's finished circle: its four members were accepted before it started; their supervisor is not told yet.
        var finished = db.Cohorts.Local.Where(c => c.Kind == ProgramKind.PeerCircle).OrderBy(c => c.GraduationDate).First();
        Approve(Apply("Omar Farouk", "Operations", "Network", "Map every substation's spare parts in one inventory", 345, finished), 343, 341, 338);
        Approve(Apply("Grace Lin", "Finance", "Payroll", "Close the payroll every month one day sooner", 345, finished), 343, 341, 338);
        Approve(Apply("Nadia Rahman", "Customer Operations", "Meter Services", "Read every meter in the west district remotely", 344, finished), 342, 340, 338);
        Approve(Apply("Hugo Silva", "Operations", "Fleet", "Cut the fleet's idle hours by a fifth", 344, finished), 342, 340, 338);
    }
}
