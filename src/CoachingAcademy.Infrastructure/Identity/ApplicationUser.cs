using CoachingAcademy.Core.People;
using Microsoft.AspNetCore.Identity;

namespace CoachingAcademy.Infrastructure.Identity;

/// <summary>A login. It points at the <see cref="Person"/> it belongs to; what the person may do comes from roles.</summary>
public class ApplicationUser : IdentityUser
{
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
}
