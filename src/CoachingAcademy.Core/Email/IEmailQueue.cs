namespace CoachingAcademy.Core.Email;

/// <summary>
/// Sends email in the background with retries, so that a slow or absent mail server never fails the user's action.
/// Enqueue after the change the email announces has been saved.
/// </summary>
public interface IEmailQueue
{
    void Enqueue(EmailTemplate email);
}
