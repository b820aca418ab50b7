namespace CoachingAcademy.Core.Common;

/// <summary>The record does not exist, or the actor may not know it exists (answered as 404 either way).</summary>
public sealed class NotFoundException(string message = "There is no such record.") : Exception(message);

/// <summary>The actor may see the record but not do this to it (answered as 403 with the message).</summary>
public sealed class AccessDeniedException(string message) : Exception(message);

/// <summary>Someone else changed the record since it was shown; the message says what it is now.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
