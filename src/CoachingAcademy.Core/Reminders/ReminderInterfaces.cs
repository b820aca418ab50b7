namespace CoachingAcademy.Core.Reminders;

/// <summary>Starts the send of one recorded reminder in the background (a job that takes only the id).</summary>
public interface IReminderDispatch
{
    void Dispatch(int reminderId);
}

/// <summary>Who the academy directors are (their logins live outside Core).</summary>
public interface IDirectorDirectory
{
    Task<IReadOnlyList<string>> DirectorEmailsAsync(CancellationToken ct = default);
}
