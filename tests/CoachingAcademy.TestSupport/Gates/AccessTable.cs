namespace CoachingAcademy.TestSupport.Gates;

/// <summary>Who may use one endpoint: a column per visitor.</summary>
public sealed record Access(bool Anonymous, bool Director, bool Coordinator, bool Coach, bool Participant)
{
    public bool Allows(Who who) => who switch
    {
        Who.Anonymous => Anonymous,
        Who.Director => Director,
        Who.Coordinator => Coordinator,
        Who.Coach => Coach,
        Who.Participant => Participant,
        _ => false,
    };

    /// <summary>The visitors this endpoint is for, signed-in ones first (an anonymous one only when nobody else may).</summary>
    public IReadOnlyList<Who> Allowed => Visitors.SignedIn.Where(Allows).Concat(Anonymous ? [Who.Anonymous] : []).ToList();
}

/// <summary>
/// The authorization matrix: every endpoint of the app and who may use it. An endpoint missing from this table fails
/// the matrix test, so a new page or form is reviewed here before it ships. Add one line per new endpoint.
/// </summary>
public static class AccessTable
{
    private const bool Yes = true, No = false;

    public static readonly IReadOnlyDictionary<string, Access> Expectations = new Dictionary<string, Access>
    {
        //  endpoint                             anonymous director coordinator coach participant
        ["GET Account/Login"] =           new(Yes,      Yes,     Yes,        Yes,  Yes),
        ["POST Account/Login"] =          new(Yes,      Yes,     Yes,        Yes,  Yes),
        ["POST Account/Logout"] =         new(No,       Yes,     Yes,        Yes,  Yes),
        ["GET Account/AccessDenied"] =    new(Yes,      Yes,     Yes,        Yes,  Yes),
        ["ANY Error/Status"] =            new(Yes,      Yes,     Yes,        Yes,  Yes),
        ["GET Home/Index"] =              new(No,       Yes,     Yes,        Yes,  Yes),
        ["GET Mail/Index"] =              new(No,       Yes,     No,         No,   No),
        ["GET Mail/Show"] =               new(No,       Yes,     No,         No,   No),
        ["POST Mail/SendTest"] =          new(No,       Yes,     No,         No,   No),
        ["GET /health/live"] =            new(Yes,      Yes,     Yes,        Yes,  Yes),
        ["GET /health/ready"] =           new(Yes,      Yes,     Yes,        Yes,  Yes),
        ["ANY /hangfire/{**path}"] =      new(No,       Yes,     No,         No,   No),
    };
}
