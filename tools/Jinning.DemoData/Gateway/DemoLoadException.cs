namespace Jinning.DemoData.Gateway;

/// <summary>The platform refused something the demo needs; the message says what, in Chinese, for the console.</summary>
public sealed class DemoLoadException(string message) : Exception(message);
