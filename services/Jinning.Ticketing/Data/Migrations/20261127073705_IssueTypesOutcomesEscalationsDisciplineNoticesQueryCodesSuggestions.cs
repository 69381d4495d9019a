using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jinning.Ticketing.Data.Migrations
{
    /// <inheritdoc />
    public partial class IssueTypesOutcomesEscalationsDisciplineNoticesQueryCodesSuggestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "description",
                table: "issues",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(5000)",
                oldMaxLength: 5000);

            migrationBuilder.AddColumn<string>(
                name: "close_reason",
                table: "issues",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "confirmation",
                table: "issues",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "confirmation_due_at",
                table: "issues",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "discipline_stage",
                table: "issues",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "escalations",
                table: "issues",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "feedback_given_at",
                table: "issues",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "first_missed_deadline",
                table: "issues",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_missed_deadline",
                table: "issues",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "outcome",
                table: "issues",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "query_code_hash",
                table: "issues",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "rectified_at",
                table: "issues",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "type",
                table: "issues",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Problem");

            migrationBuilder.CreateTable(
                name: "complaint_query_attempts",
                columns: table => new
                {
                    tracking_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    window_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    wrong_codes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_query_attempts", x => x.tracking_number);
                });

            migrationBuilder.CreateTable(
                name: "disabled_reporters",
                columns: table => new
                {
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    disabled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disabled_reporters", x => x.supervisor_id);
                });

            migrationBuilder.CreateTable(
                name: "discipline_handlings",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    issue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    measures = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    note = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_discipline_handlings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "public_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    issue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tracking_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    department_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    department_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    first_missed_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    late_working_days = table.Column<int>(type: "integer", nullable: false),
                    late_days = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_public_notices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_issues",
                columns: table => new
                {
                    submission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    issue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suggestion_issues", x => new { x.submission_id, x.department_code });
                });

            // Issues closed so far were all confirmed by their reporter; feedback already given waits about five working days from now on.
            migrationBuilder.Sql("""
                UPDATE issues SET outcome = 'Resolved', confirmation = 'Confirmed' WHERE status = 'Closed';
                UPDATE issues SET feedback_given_at = updated_at, confirmation_due_at = updated_at + interval '7 days' WHERE status = 'FeedbackGiven';
                UPDATE issues SET escalations = 1 WHERE overdue_at IS NOT NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_issues_confirmation_due_at",
                table: "issues",
                column: "confirmation_due_at");

            migrationBuilder.CreateIndex(
                name: "ix_discipline_handlings_issue_id_id",
                table: "discipline_handlings",
                columns: new[] { "issue_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_public_notices_issue_id",
                table: "public_notices",
                column: "issue_id");

            migrationBuilder.CreateIndex(
                name: "ix_public_notices_published_at_id",
                table: "public_notices",
                columns: new[] { "published_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaint_query_attempts");

            migrationBuilder.DropTable(
                name: "disabled_reporters");

            migrationBuilder.DropTable(
                name: "discipline_handlings");

            migrationBuilder.DropTable(
                name: "public_notices");

            migrationBuilder.DropTable(
                name: "suggestion_issues");

            migrationBuilder.DropIndex(
                name: "ix_issues_confirmation_due_at",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "close_reason",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "confirmation",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "confirmation_due_at",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "discipline_stage",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "escalations",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "feedback_given_at",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "first_missed_deadline",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "last_missed_deadline",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "outcome",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "query_code_hash",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "rectified_at",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "type",
                table: "issues");

            migrationBuilder.AlterColumn<string>(
                name: "description",
                table: "issues",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20000)",
                oldMaxLength: 20000);
        }
    }
}
