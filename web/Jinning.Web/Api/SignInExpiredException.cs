namespace Jinning.Web.Api;

/// <summary>The person's session has ended (signed out elsewhere, revoked, refresh refused): they must sign in again.</summary>
public sealed class SignInExpiredException() : Exception("The console session has ended.");
