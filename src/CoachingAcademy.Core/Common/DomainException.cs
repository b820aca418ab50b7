namespace CoachingAcademy.Core.Common;

/// <summary>A rule of the program was broken; the message says which, in words a user can act on.</summary>
public sealed class DomainException(string message) : Exception(message);
