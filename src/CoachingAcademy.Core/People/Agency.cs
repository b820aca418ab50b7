namespace CoachingAcademy.Core.People;

/// <summary>A participating local government organization.</summary>
public class Agency
{
    private readonly List<Person> _people = [];

    private Agency() { Name = ContactEmail = ""; }

    public Agency(string name, string contactEmail)
    {
        Name = name.Trim();
        ContactEmail = contactEmail.Trim();
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    /// <summary>Where the agency is notified of match decisions (seed 000).</summary>
    public string ContactEmail { get; private set; }
    public IReadOnlyCollection<Person> People => _people;

    public void Rename(string name, string contactEmail)
    {
        Name = name.Trim();
        ContactEmail = contactEmail.Trim();
    }
}
