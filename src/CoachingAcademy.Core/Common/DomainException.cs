namespace CoachingAcademy.Core.Common;

/// <summary>
/// A rule of the program was broken; the message says which, in words a user can act on. <see cref="Field"/>, when
/// set, names the input the rule is about, so that a form can show the message next to it.
/// </summary>
public sealed class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
