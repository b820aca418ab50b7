using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.People;

/// <summary>
/// Someone in the program: a coach, a participant, a coordinator or academy staff. People of an agency form its
/// org chart through <see cref="Supervisor"/>; academy staff have no agency.
/// </summary>
public class Person
{
    private Person() { FullName = Email = Title = ""; }

    public Person(string fullName, string email, string title, PositionLevel positionLevel, Agency? agency)
    {
        FullName = fullName.Trim();
        Email = email.Trim().ToLowerInvariant();
        Title = title.Trim();
        PositionLevel = positionLevel;
        Agency = agency;
        AgencyId = agency?.Id;
    }

    public int Id { get; private set; }
    public string FullName { get; private set; }
    public string Email { get; private set; }
    public string Title { get; private set; }
    public PositionLevel PositionLevel { get; private set; }
    public int? AgencyId { get; private set; }
    public Agency? Agency { get; private set; }
    public int? SupervisorId { get; private set; }
    public Person? Supervisor { get; private set; }

    /// <summary>
    /// Places this person under <paramref name="supervisor"/> in the org chart. Refuses anything that would make the
    /// chart a cycle, even when the chart already holds one elsewhere.
    /// </summary>
    public void ReportTo(Person? supervisor)
    {
        if (supervisor is null)
        {
            Supervisor = null;
            SupervisorId = null;
            return;
        }
        if (ReferenceEquals(supervisor, this) || (Id != 0 && supervisor.Id == Id))
            throw new DomainException($"{FullName} cannot report to themselves.");
        if (!SameAgencyAs(supervisor))
            throw new DomainException($"{supervisor.FullName} is not in {FullName}'s agency.");
        if (OrgChart.IsAbove(this, supervisor))
            throw new DomainException($"{FullName} is already above {supervisor.FullName} in the org chart, so they cannot report to them.");

        Supervisor = supervisor;
        SupervisorId = supervisor.Id == 0 ? null : supervisor.Id;
    }

    private bool SameAgencyAs(Person other) => (Agency, other.Agency) switch
    {
        (not null, not null) => ReferenceEquals(Agency, other.Agency) || (Agency.Id != 0 && Agency.Id == other.Agency.Id),
        _ => AgencyId == other.AgencyId,
    };

    public void UpdateDetails(string fullName, string title, PositionLevel positionLevel)
    {
        FullName = fullName.Trim();
        Title = title.Trim();
        PositionLevel = positionLevel;
    }
}
