namespace Jinning.ServiceDefaults;

/// <summary>
/// A domain object refused an action its state does not allow. The exception handler answers 409
/// with the message, which is written for the user (Chinese).
/// </summary>
public sealed class IllegalTransitionException(string message) : InvalidOperationException(message);
