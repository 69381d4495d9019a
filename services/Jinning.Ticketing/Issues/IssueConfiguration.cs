using Jinning.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jinning.Ticketing.Issues;

/// <summary>One row per issue: the owned parts share the table, under the column names they always had.</summary>
internal sealed class IssueConfiguration : IEntityTypeConfiguration<Issue>
{
    public void Configure(EntityTypeBuilder<Issue> builder)
    {
        builder.ToTable("issues");
        builder.HasKey(i => i.Id);
        // Two commands on one issue (two dispatches, the clock and a department): the second to save loses with a 409.
        builder.HasRowVersion();
        builder.Ignore(i => i.DomainEvents);
        builder.Ignore(i => i.State);
        builder.Ignore(i => i.OnTheClock);
        builder.Property(i => i.TrackingNumber).HasMaxLength(32);
        builder.HasIndex(i => i.TrackingNumber).IsUnique();
        builder.Property(i => i.Title).HasMaxLength(IssueLimits.TitleLength);
        builder.Property(i => i.Description).HasMaxLength(IssueLimits.SuggestionLength);
        builder.Property(i => i.Place).HasMaxLength(IssueLimits.PlaceLength);
        builder.Property(i => i.InvolvedUnit).HasMaxLength(IssueLimits.PlaceLength);
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Confirmation).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.CloseReason).HasMaxLength(IssueLimits.ReasonLength);
        builder.Property(i => i.DisciplineStage).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(i => i.ReporterSupervisorId);
        builder.Property(i => i.ComplainantContact).HasMaxLength(200);
        builder.Property(i => i.QueryCodeHash).HasMaxLength(200);
        builder.HasIndex(i => i.MergedIntoId);
        builder.HasIndex(i => new { i.ReportedAt, i.Id });

        builder.OwnsOne(i => i.Assignment, assignment =>
        {
            assignment.Property(a => a.DepartmentCode).HasColumnName("department_code").HasMaxLength(40);
            assignment.HasIndex(a => a.DepartmentCode);
            assignment.Property(a => a.DispatchKind).HasColumnName("dispatch_kind").HasConversion<string>().HasMaxLength(20);
            assignment.Property(a => a.Deadline).HasColumnName("deadline");
            assignment.HasIndex(a => a.Deadline);
            assignment.Property(a => a.Instructions).HasColumnName("instructions").HasMaxLength(2000);
            assignment.Property(a => a.DispatchedAt).HasColumnName("dispatched_at");
            assignment.Property(a => a.SignedForAt).HasColumnName("signed_for_at");
            assignment.Property(a => a.ReturnReason).HasColumnName("return_reason").HasMaxLength(500);
            assignment.Property(a => a.CoHandlerCodes).HasColumnName("co_handler_codes").HasColumnType("text[]");
            assignment.Property(a => a.SupervisionLevel).HasColumnName("supervision_level").HasConversion<string>().HasMaxLength(20);
            assignment.Property(a => a.SignForDeadline).HasColumnName("sign_for_deadline");
            assignment.HasIndex(a => a.SignForDeadline);
            assignment.Property(a => a.SignForOverdueAt).HasColumnName("sign_for_overdue_at");
            assignment.Property(a => a.ReminderSentAt).HasColumnName("reminder_sent_at");
            assignment.Property(a => a.OverdueAt).HasColumnName("overdue_at");
            assignment.Property(a => a.FirstMissedDeadline).HasColumnName("first_missed_deadline");
            assignment.Property(a => a.LastMissedDeadline).HasColumnName("last_missed_deadline");
            assignment.Property(a => a.Escalations).HasColumnName("escalations");
        });
        builder.Navigation(i => i.Assignment).IsRequired();

        builder.OwnsOne(i => i.Extension, extension =>
        {
            extension.Property(e => e.State).HasColumnName("extension").HasConversion<string>().HasMaxLength(20);
            extension.Property(e => e.RequestedUntil).HasColumnName("extension_requested_until");
            extension.Property(e => e.Reason).HasColumnName("extension_reason").HasMaxLength(2000);
        });
        builder.Navigation(i => i.Extension).IsRequired();

        builder.OwnsOne(i => i.Material, material =>
        {
            material.Property(m => m.ClockStoppedAt).HasColumnName("clock_stopped_at");
            material.Property(m => m.Request).HasColumnName("material_request").HasMaxLength(2000);
        });
        builder.Navigation(i => i.Material).IsRequired();

        builder.OwnsOne(i => i.Rectification, rectification =>
        {
            rectification.Property(r => r.Summary).HasColumnName("rectification_summary").HasMaxLength(5000);
            rectification.Property(r => r.Evidence).HasColumnName("rectification_evidence").HasColumnType("text[]");
            rectification.Property(r => r.RectifiedAt).HasColumnName("rectified_at");
        });
        builder.Navigation(i => i.Rectification).IsRequired();

        builder.OwnsOne(i => i.Feedback, feedback =>
        {
            feedback.Property(f => f.Message).HasColumnName("feedback").HasMaxLength(5000);
            feedback.Property(f => f.GivenAt).HasColumnName("feedback_given_at");
            feedback.Property(f => f.ConfirmationDueAt).HasColumnName("confirmation_due_at");
            feedback.HasIndex(f => f.ConfirmationDueAt);
            feedback.Property(f => f.Rating).HasColumnName("rating");
            feedback.Property(f => f.ObjectionReason).HasColumnName("objection_reason").HasMaxLength(2000);
        });
        builder.Navigation(i => i.Feedback).IsRequired();

        builder.OwnsOne(i => i.Case, exposure =>
        {
            exposure.Property(c => c.ExposedAt).HasColumnName("exposed_at");
            exposure.HasIndex(c => c.ExposedAt).HasFilter("exposed_at IS NOT NULL");
            exposure.Property(c => c.Title).HasColumnName("case_title").HasMaxLength(200);
            exposure.Property(c => c.Summary).HasColumnName("case_summary").HasMaxLength(5000);
        });
        builder.Navigation(i => i.Case).IsRequired();
    }
}
