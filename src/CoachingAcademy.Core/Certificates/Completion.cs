using CoachingAcademy.Core.Common;

namespace CoachingAcademy.Core.Certificates;

/// <summary>
/// Seed 004: where one member of a peer team stands against the attendance commitment. A member qualifies for the
/// certificate once the team's final meeting is held and they missed no more of the team's meetings (one per step of the
/// calendar) than the cohort's rule allows. A meeting is attended when a held session for its step lists them present.
/// </summary>
public sealed record MemberCompletion(int MatchId, int PersonId, string Name, string Team, int Meetings, int Attended, int AllowedMissed,
    bool TeamFinished, DateOnly? FirstMeetingOn, DateOnly? LastMeetingOn)
{
    public int Missed => Meetings - Attended;
    public bool Qualifies => TeamFinished && Missed <= AllowedMissed;

    /// <summary>Why the member qualifies or does not, in words.</summary>
    public string Standing =>
        Qualifies ? $"Qualifies: attended {Attended} of {Meetings} meetings."
        : !TeamFinished ? $"Not yet: the team's final meeting is not held ({Attended} of {Meetings} attended so far)."
        : $"Does not qualify: missed {Missed} of {Meetings} meetings, and at most {AllowedMissed} may be missed.";
}

/// <summary>The director's page of a cohort's certificates: every team member's standing, and who signs.</summary>
public sealed record CertificatesPage(int CohortId, string CohortName, string? SignerName, string? SignerTitle, int? AllowedMissed,
    PagedList<MemberCompletion> Members, int Qualifying)
{
    public bool SignerNamed => SignerName is not null && SignerTitle is not null;
}

/// <summary>What a certificate of completion says.</summary>
public sealed record Certificate(string Name, string ProgramName, DateOnly From, DateOnly To, string SignerName, string SignerTitle)
{
    public string FileName => "Certificate of completion - " + new string(Name.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-').ToArray()).Trim() + ".pdf";
}

/// <summary>Renders a certificate as a PDF (Infrastructure, with PDFsharp).</summary>
public interface ICertificateRenderer
{
    byte[] Render(Certificate certificate);
}
