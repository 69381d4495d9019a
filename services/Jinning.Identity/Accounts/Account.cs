using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Jinning.ServiceDefaults.Authentication;

namespace Jinning.Identity.Accounts;

/// <summary>
/// A person's sign-in: office staff, discipline commission, a nominating unit, a department, or a
/// supervisor (created on appointment, activated with a one-time code, disabled when the term ends).
/// </summary>
public sealed class Account
{
    public Guid Id { get; init; }
    public required string UserName { get; set; }
    public required string DisplayName { get; set; }
    public required string Role { get; init; }
    public string? UnitCode { get; init; }
    public string? DepartmentCode { get; init; }
    public Guid? SupervisorId { get; init; }
    public string? PasswordHash { get; private set; }
    public string? ActivationCodeHash { get; private set; }
    /// <summary>Wrong passwords in a row from any address (<see cref="Passwords.AccountSlowdown"/>).</summary>
    public int FailedAttempts { get; private set; }
    /// <summary>No password is checked before this: the account-wide slowdown, seconds at most.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }
    public DateTimeOffset? LastFailedAt { get; private set; }
    public DateTimeOffset? DisabledAt { get; private set; }
    public string? DisabledReason { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When a supervisor accepted the Art. 7 pledge, at activation.</summary>
    public DateTimeOffset? PledgeAcceptedAt { get; private set; }

    public bool IsDisabled => DisabledAt is not null;
    public bool IsLockedOut(DateTimeOffset now) => LockedUntil > now;

    public static Account ForSupervisor(Guid id, Guid supervisorId, string certificateNumber, string name, string? activationCodeHash, DateTimeOffset now) => new()
    {
        Id = id,
        UserName = certificateNumber,
        DisplayName = name,
        Role = Roles.Supervisor,
        SupervisorId = supervisorId,
        ActivationCodeHash = activationCodeHash,
        CreatedAt = now,
    };

    public void SetPassword(string passwordHash)
    {
        PasswordHash = passwordHash;
        FailedAttempts = 0;
        LockedUntil = null;
    }

    /// <summary>Records a wrong password from anywhere; past a few in a row the account waits a little before the next try.</summary>
    public void RecordFailedSignIn(DateTimeOffset now)
    {
        if (LastFailedAt < now - Passwords.AccountSlowdown.Memory)
        {
            FailedAttempts = 0;
        }
        FailedAttempts++;
        LastFailedAt = now;
        var wait = Passwords.AccountSlowdown.WaitAfter(FailedAttempts);
        LockedUntil = wait > TimeSpan.Zero ? now + wait : null;
    }

    public void RecordSuccessfulSignIn()
    {
        FailedAttempts = 0;
        LockedUntil = null;
    }

    public bool CanActivate => !IsDisabled && ActivationCodeHash is not null;

    /// <summary>The holder sets their own password with the one-time code; a supervisor accepts the Art. 7 pledge with it.</summary>
    public void Activate(string passwordHash, DateTimeOffset now)
    {
        SetPassword(passwordHash);
        ActivationCodeHash = null;
        if (Role == Roles.Supervisor)
        {
            PledgeAcceptedAt = now;
        }
    }

    /// <summary>A new one-time activation: the old password stops working, the holder sets a new one (reset, first start).</summary>
    public void IssueActivation(string activationCodeHash)
    {
        PasswordHash = null;
        ActivationCodeHash = activationCodeHash;
        FailedAttempts = 0;
        LockedUntil = null;
    }

    /// <summary>A new term on the same file: the new certificate number signs in, after a new activation.</summary>
    public void Reappoint(string certificateNumber, string? activationCodeHash)
    {
        UserName = certificateNumber;
        ActivationCodeHash = activationCodeHash;
        PasswordHash = null;
        Enable();
    }

    public void Disable(string reason, DateTimeOffset now)
    {
        if (IsDisabled)
        {
            return;
        }
        DisabledAt = now;
        DisabledReason = reason;
        ActivationCodeHash = null;
    }

    public void Enable()
    {
        DisabledAt = null;
        DisabledReason = null;
        LockedUntil = null;
        FailedAttempts = 0;
    }
}

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("accounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserName).HasMaxLength(64);
        builder.HasIndex(a => a.UserName).IsUnique();
        builder.Property(a => a.DisplayName).HasMaxLength(100);
        builder.Property(a => a.Role).HasMaxLength(20);
        builder.Property(a => a.UnitCode).HasMaxLength(40);
        builder.Property(a => a.DepartmentCode).HasMaxLength(40);
        builder.HasIndex(a => a.SupervisorId).IsUnique().HasFilter("supervisor_id IS NOT NULL");
        builder.Property(a => a.PasswordHash).HasMaxLength(200);
        builder.Property(a => a.ActivationCodeHash).HasMaxLength(200);
        builder.Property(a => a.DisabledReason).HasMaxLength(100);
        builder.Ignore(a => a.IsDisabled);
        builder.Ignore(a => a.CanActivate);
    }
}
