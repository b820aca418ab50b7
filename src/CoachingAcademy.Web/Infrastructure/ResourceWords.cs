using CoachingAcademy.Core.Resources;

namespace CoachingAcademy.Web.Infrastructure;

/// <summary>A resource's audience and size in words.</summary>
public static class ResourceWords
{
    public static string Of(ResourceAudience audience) => audience switch
    {
        ResourceAudience.Coaches => "Coaches",
        ResourceAudience.Participants => "Participants",
        _ => "Everyone",
    };

    public static string Size(long? bytes) => bytes is long b ? ResourceService.Megabytes(b) : "";
}
