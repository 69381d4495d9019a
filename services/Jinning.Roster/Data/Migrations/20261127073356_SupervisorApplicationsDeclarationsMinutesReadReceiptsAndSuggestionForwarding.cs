using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jinning.Roster.Data.Migrations
{
    /// <inheritdoc />
    public partial class SupervisorApplicationsDeclarationsMinutesReadReceiptsAndSuggestionForwarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "verifies_issue_id",
                table: "supervision_tasks",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "verifies_tracking_number",
                table: "supervision_tasks",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "held_on",
                table: "meetings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "minutes",
                table: "meetings",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "minutes_recorded_at",
                table: "meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "minutes_recorded_by",
                table: "meetings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reports",
                table: "meetings",
                type: "jsonb",
                nullable: true);

            // Meetings scheduled before minutes existed have no reports yet, rather than an unknown list.
            migrationBuilder.Sql("UPDATE meetings SET reports = '[]' WHERE reports IS NULL;");

            migrationBuilder.CreateTable(
                name: "declarations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    summary = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    details = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: true),
                    counterparty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    estimated_value = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    decision_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_declarations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "submission_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submission_attachments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_forwardings",
                columns: table => new
                {
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    forwarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    forwarded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    issue_id = table.Column<Guid>(type: "uuid", nullable: true),
                    tracking_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestion_forwardings", x => new { x.submission_id, x.department_code });
                });

            migrationBuilder.CreateTable(
                name: "supervisor_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    decision_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervisor_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "training_reads",
                columns: table => new
                {
                    training_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_reads", x => new { x.training_id, x.supervisor_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_tasks_assigned_at",
                table: "supervision_tasks",
                column: "assigned_at");

            migrationBuilder.CreateIndex(
                name: "ix_nominations_id_number",
                table: "nominations",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_held_on",
                table: "meetings",
                column: "held_on");

            migrationBuilder.CreateIndex(
                name: "ix_declarations_status_filed_at",
                table: "declarations",
                columns: new[] { "status", "filed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_declarations_supervisor_id_filed_at",
                table: "declarations",
                columns: new[] { "supervisor_id", "filed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_submission_attachments_submission_id",
                table: "submission_attachments",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervisor_applications_one_pending",
                table: "supervisor_applications",
                column: "supervisor_id",
                unique: true,
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_supervisor_applications_status_filed_at",
                table: "supervisor_applications",
                columns: new[] { "status", "filed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_supervisor_applications_supervisor_id_filed_at",
                table: "supervisor_applications",
                columns: new[] { "supervisor_id", "filed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "declarations");

            migrationBuilder.DropTable(
                name: "submission_attachments");

            migrationBuilder.DropTable(
                name: "suggestion_forwardings");

            migrationBuilder.DropTable(
                name: "supervisor_applications");

            migrationBuilder.DropTable(
                name: "training_reads");

            migrationBuilder.DropIndex(
                name: "ix_supervision_tasks_assigned_at",
                table: "supervision_tasks");

            migrationBuilder.DropIndex(
                name: "ix_nominations_id_number",
                table: "nominations");

            migrationBuilder.DropIndex(
                name: "ix_meetings_held_on",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "verifies_issue_id",
                table: "supervision_tasks");

            migrationBuilder.DropColumn(
                name: "verifies_tracking_number",
                table: "supervision_tasks");

            migrationBuilder.DropColumn(
                name: "held_on",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "minutes",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "minutes_recorded_at",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "minutes_recorded_by",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "reports",
                table: "meetings");
        }
    }
}
