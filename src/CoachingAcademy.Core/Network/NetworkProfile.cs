using CoachingAcademy.Core.Cohorts;
using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Network;

/// <summary>What one coach says about themselves to a network's players, and what the profile of a player keeps (their region).</summary>
public sealed record ProfileDetails(string? Title, string? Organisation, string? City, string? Region, ContactForms ContactForms,
    IReadOnlyCollection<int> AreaIds, string? Bio, int Capacity, bool IsAvailable);

/// <summary>
/// A network member's profile, one per enrollment. A coach's profile is what the directory shows: it lists them only while
/// they are available and a director has not paused it. A player's keeps their region, for "near me".
/// </summary>
public class NetworkProfile
{
    public const int MaxTextLength = 200;
    public const int MaxBioLength = 1500;
    public const int MaxCapacity = 20;

    private readonly List<ExperienceArea> _areas = [];

    private NetworkProfile() { Title = Organisation = City = Region = Bio = ""; }

    public NetworkProfile(Enrollment enrollment, string region, DateTime nowUtc)
    {
        Enrollment = enrollment;
        Title = Organisation = City = Bio = "";
        Region = NetworkRegions.IsKnown(region) ? region : throw new DomainException(NetworkRegions.Refusal(region), nameof(Region));
        IsAvailable = true;
        UpdatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int EnrollmentId { get; private set; }
    public Enrollment Enrollment { get; private set; } = null!;
    public string Title { get; private set; }
    public string Organisation { get; private set; }
    public string City { get; private set; }
    public string Region { get; private set; }
    public ContactForms ContactForms { get; private set; }
    public string Bio { get; private set; }
    /// <summary>The coach's own switch: taking new players or not.</summary>
    public bool IsAvailable { get; private set; }
    /// <summary>A director's pause after reviewing the profile; the coach cannot lift it.</summary>
    public bool PausedByDirector { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public IReadOnlyCollection<ExperienceArea> Areas => _areas;

    /// <summary>True when the directory lists this coach.</summary>
    public bool Listed => IsAvailable && !PausedByDirector;

    /// <summary>The coach's edit of their own profile; <paramref name="areas"/> are the cohort's areas the ids named.</summary>
    public void Update(ProfileDetails details, IReadOnlyCollection<ExperienceArea> areas, DateTime nowUtc)
    {
        if (!NetworkRegions.IsKnown(details.Region))
            throw new DomainException(NetworkRegions.Refusal(details.Region), nameof(ProfileDetails.Region));
        if (details.AreaIds.Any(id => areas.All(a => a.Id != id)) || areas.Any(a => a.CohortId != Enrollment.CohortId))
            throw new DomainException("Choose areas of experience from this network's list.", nameof(ProfileDetails.AreaIds));
        if (details.ContactForms == ContactForms.None || (details.ContactForms & ~(ContactForms.InPerson | ContactFormWords.Remote)) != 0)
            throw new DomainException("Choose at least one form of contact: in person, phone or video.", nameof(ProfileDetails.ContactForms));
        if ((details.Bio ?? "").Trim().Length > MaxBioLength)
            throw new DomainException($"A bio has at most {MaxBioLength:N0} characters.", nameof(ProfileDetails.Bio));
        if (details.Capacity is < 1 or > MaxCapacity)
            throw new DomainException($"Coach between 1 and {MaxCapacity} people at once.", nameof(ProfileDetails.Capacity));
        Enrollment.SetCoachCapacity(details.Capacity);
        Title = (details.Title ?? "").Trim();
        Organisation = (details.Organisation ?? "").Trim();
        City = (details.City ?? "").Trim();
        Region = details.Region!;
        ContactForms = details.ContactForms;
        Bio = (details.Bio ?? "").Trim();
        IsAvailable = details.IsAvailable;
        _areas.Clear();
        _areas.AddRange(areas);
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>A player moves: the region their directory's "near me" compares.</summary>
    public void MoveTo(string? region, DateTime nowUtc)
    {
        Region = NetworkRegions.IsKnown(region) ? region! : throw new DomainException(NetworkRegions.Refusal(region), nameof(Region));
        UpdatedAtUtc = nowUtc;
    }

    public void SetPausedByDirector(bool paused) => PausedByDirector = paused;
}
