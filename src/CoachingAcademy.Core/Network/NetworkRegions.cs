namespace CoachingAcademy.Core.Network;

/// <summary>
/// Seed 001's "someone in your area": the regions a network coach or player is in, a fixed list kept in code (a director
/// needs no page for six names, and a region nobody can misspell is what the directory's "near me" compares).
/// </summary>
public static class NetworkRegions
{
    public static IReadOnlyList<string> All { get; } = ["Northeast", "Southeast", "Midwest", "Southwest", "Mountain West", "Pacific"];

    public static bool IsKnown(string? region) => region is not null && All.Contains(region);

    public static string Refusal(string? region) =>
        $"'{region}' is not one of the network's regions: choose {string.Join(", ", All.SkipLast(1))} or {All[^1]}.";
}

/// <summary>How a coach meets a player (seed 001: in person, or by phone and email when outside the area).</summary>
[Flags]
public enum ContactForms
{
    None = 0,
    InPerson = 1,
    Phone = 2,
    Video = 4,
}

public static class ContactFormWords
{
    public static IReadOnlyList<ContactForms> Each { get; } = [ContactForms.InPerson, ContactForms.Phone, ContactForms.Video];

    /// <summary>Phone or video: a coach a player outside their region can still meet.</summary>
    public const ContactForms Remote = ContactForms.Phone | ContactForms.Video;

    public static string Name(ContactForms form) => form switch
    {
        ContactForms.InPerson => "In person",
        ContactForms.Phone => "Phone",
        ContactForms.Video => "Video",
        _ => form.ToString(),
    };

    public static string Describe(ContactForms forms) =>
        forms == ContactForms.None ? "None chosen" : string.Join(", ", Each.Where(f => forms.HasFlag(f)).Select(Name));
}
