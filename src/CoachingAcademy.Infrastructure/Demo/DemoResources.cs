using System.Globalization;
using System.Text;
using CoachingAcademy.Core.Resources;

namespace CoachingAcademy.Infrastructure.Demo;

/// <summary>
/// The demo's resources: the academy's orientation slides for its coaches (a small PDF written here), its coaching handout
/// for everyone, and the coach network's handout for coaches and players (text files).
/// </summary>
internal static class DemoResources
{
    public static async Task<IReadOnlyList<Resource>> CreateAsync(IResourceFiles files, int academyId, int networkId, int directorId, DateTime now,
        CancellationToken ct)
    {
        var resources = new List<Resource>();
        async Task AddAsync(int cohortId, string title, string description, ResourceAudience audience, string fileName, byte[] content)
        {
            var type = ResourceFileTypes.Check(fileName, content);
            var stored = await files.SaveAsync(content, type.Extension, ct);
            resources.Add(Resource.File(cohortId, title, description, audience,
                new StoredFile(fileName, type.ContentType, content.LongLength, stored), directorId, now));
        }

        await AddAsync(academyId, "Orientation slides", "What the academy asks of its coaches, shown at each orientation session.",
            ResourceAudience.Coaches, "orientation-slides.pdf", Slides(OrientationSlides));
        await AddAsync(academyId, "Coaching handout", "How the academy's coaching conversations work, for coaches and participants.",
            ResourceAudience.Everyone, "coaching-handout.txt", Encoding.UTF8.GetBytes(CoachingHandout));
        await AddAsync(networkId, "Being a great coach and a winning player", "What each side brings to a coaching connection.",
            ResourceAudience.Everyone, "great-coach-winning-player.txt", Encoding.UTF8.GetBytes(NetworkHandout));
        return resources;
    }

    private static readonly (string Title, string[] Lines)[] OrientationSlides =
    [
        ("Coaching in the Leadership Academy", ["Orientation for coaches", "Attending one orientation session is required to serve as a coach."]),
        ("Who may coach", ["Chief Executives, Assistant Managers, Department Heads and Senior Managers.",
            "A coach is never in the participant's chain of command.", "Most coaches take one or two participants."]),
        ("The milestones", ["Informational interview", "Initial development conversation", "Follow-up development conversation",
            "Post-graduation conversation", "Meet at least three times, about once a month, for about an hour."]),
        ("Confidentiality", ["What is said in a coaching conversation stays between coach and participant.",
            "Directors see that sessions happened and which milestones are met, never what was said."]),
    ];

    private const string CoachingHandout = """
        COACHING IN THE LEADERSHIP ACADEMY: A HANDOUT

        Coaching starts after the academy's second class session. Coach and participant meet at least three times,
        about once a month, for about an hour, in person, by video or by phone.

        Before each conversation
        - The participant brings their career goals and the questions they want to work on.
        - The coach reads the notes of the last conversation (each keeps their own notes; nobody else reads them).

        The four conversations
        1. Informational interview: the coach's path, the participant's goals.
        2. Initial development conversation: two or three development goals.
        3. Follow-up development conversation: progress, obstacles, next steps.
        4. Post-graduation conversation: what comes after the academy.

        Rescheduling needs 48 hours' notice. Either side may end the coaching at any time, no fault.
        """;

    private const string NetworkHandout = """
        BEING A GREAT COACH AND A WINNING PLAYER

        A great coach
        - listens more than they talk, and asks before they advise;
        - models, guides, observes and gives feedback, as the player asks;
        - suggests developmental activities and resources;
        - keeps what is said in confidence.

        A winning player
        - picks a coach and comes prepared, with goals written down;
        - owns the schedule: proposes the dates, confirms, reschedules early;
        - tries what was discussed and reports back;
        - says so when the connection no longer helps: either side may end it, no fault.

        Together, sign the statement of mutual understanding at the start: confidentiality, how long (3 to 6 months
        suggested), how often (at least monthly), and the coach's role.
        """;

    /// <summary>A landscape PDF of one page per slide, in Helvetica: enough to show and download.</summary>
    private static byte[] Slides(IReadOnlyList<(string Title, string[] Lines)> slides)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "", // the page tree, written once the pages are numbered
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pages = new List<int>();
        foreach (var (title, lines) in slides)
        {
            var text = new StringBuilder($"BT /F1 30 Tf 60 500 Td ({Escape(title)}) Tj /F1 18 Tf");
            foreach (var line in lines)
                text.Append(CultureInfo.InvariantCulture, $" 0 -36 Td ({Escape(line)}) Tj");
            text.Append(" ET");
            objects.Add($"<< /Length {text.Length} >>\nstream\n{text}\nendstream");
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 792 612] /Resources << /Font << /F1 3 0 R >> >> /Contents {objects.Count} 0 R >>");
            pages.Add(objects.Count);
        }
        objects[1] = $"<< /Type /Pages /Kids [{string.Join(" ", pages.Select(p => $"{p} 0 R"))}] /Count {pages.Count} >>";

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
}
