namespace CoachingAcademy.Core.Common;

/// <summary>Who is acting, as Core services need it: their person, their roles and, for a coordinator, their agency.</summary>
public sealed record Actor(int PersonId, string Name, bool IsDirector, bool IsCoordinator, int? AgencyId)
{
    /// <summary>A coordinator acts for their own agency only; a director for every agency.</summary>
    public bool ActsFor(int? agencyId) => IsDirector || (IsCoordinator && agencyId is not null && agencyId == AgencyId);
}
