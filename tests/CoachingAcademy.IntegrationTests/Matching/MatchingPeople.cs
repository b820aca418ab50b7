namespace CoachingAcademy.IntegrationTests.Matching;

/// <summary>Demo people whose org chart positions the matching tests rely on (see DemoDataSeeder).</summary>
internal static class MatchingPeople
{
    public const string SecondDirector = "jamie.sutton@example.org";
    // City of Riverbend: Priya Natarajan (Public Works Director) attended orientation and coaches nobody yet.
    public const string Priya = "priya.natarajan@example.org";
    public const string Emerson = "emerson.park@example.org";   // reports to Samuel Adeyemi → Dana Whitfield → Morgan Ellery
    public const string Taylor = "taylor.nguyen@example.org";   // demo proposal with Priya, eligible
    public const string Quinn = "quinn.foster@example.org";     // reports to Priya
    public const string Avery = "avery.holt@example.org";       // demo proposal with Dana Whitfield, who is in Avery's chain
    // Lakemont County: Grace Okafor coaches Marcus Webb (active demo match).
    public const string Grace = "grace.okafor@example.org";
    public const string Marcus = "marcus.webb@example.org";
    public const string Owen = "owen.reyes@example.org";
}
