using Jinning.DemoData.Gateway;

namespace Jinning.DemoData.Roster;

/// <summary>The supervisors the demo appointed, by name, and their sign-in once activated; safe to use side by side.</summary>
public sealed class Cast(SignIns signIns)
{
    /// <summary>The password every demo supervisor chose at activation (10+ characters, letters and digits).</summary>
    public const string Password = "JinningDemo2026";

    private readonly Lock _lock = new();
    private readonly List<AppointedSupervisor> _appointed = [];

    /// <summary>In order of appointment: the first is the one the README and the console banner name.</summary>
    public IReadOnlyList<AppointedSupervisor> Appointed
    {
        get
        {
            lock (_lock)
            {
                return [.. _appointed];
            }
        }
    }

    public void Add(AppointedSupervisor supervisor)
    {
        lock (_lock)
        {
            _appointed.Add(supervisor);
        }
    }

    public AppointedSupervisor this[string name] =>
        Appointed.SingleOrDefault(s => s.Name == name)
        ?? throw new InvalidOperationException($"{name} is not an appointed supervisor of the demo.");

    public IReadOnlyList<Guid> IdsOf(IEnumerable<string> names) => names.Select(name => this[name].Id).ToList();

    public void MarkActivated(string name)
    {
        lock (_lock)
        {
            var index = _appointed.FindIndex(s => s.Name == name);
            _appointed[index] = _appointed[index] with { Activated = true };
        }
    }

    public Task<Caller> SignInAsync(string name, CancellationToken cancellationToken)
    {
        var supervisor = this[name];
        if (!supervisor.Activated)
        {
            throw new InvalidOperationException($"{name} has not activated the sign-in.");
        }
        return signIns.SupervisorAsync(supervisor.CertificateNumber, Password, cancellationToken);
    }
}

public sealed record AppointedSupervisor(
    Guid Id, string Name, string UnitCode, string CertificateNumber, DateOnly AppointedOn, string ActivationCode, bool Activated = false);
