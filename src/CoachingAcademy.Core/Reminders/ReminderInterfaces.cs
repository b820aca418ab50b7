namespace CoachingAcademy.Core.Reminders;

/// <summary>Who the academy directors are (their logins live outside Core).</summary>
public interface IDirectorDirectory
{
    Task<IReadOnlyList<string>> DirectorEmailsAsync(CancellationToken ct = default);
}
