using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jinning.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReadModelsForStatisticsDutiesAwards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_issue_facts_reported_at",
                table: "issue_facts");

            migrationBuilder.CreateSequence(
                name: "issue_fact_revisions");

            migrationBuilder.AddColumn<bool>(
                name: "accepted",
                table: "issue_facts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "issue_facts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deadline",
                table: "issue_facts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "dispatched_at",
                table: "issue_facts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "exposed",
                table: "issue_facts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "feedback_given",
                table: "issue_facts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "handling_hours",
                table: "issue_facts",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "objections",
                table: "issue_facts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "on_time",
                table: "issue_facts",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "overdue",
                table: "issue_facts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "rating",
                table: "issue_facts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "rectified_at",
                table: "issue_facts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "reported_on",
                table: "issue_facts",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<Guid>(
                name: "reporter_supervisor_id",
                table: "issue_facts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "revision",
                table: "issue_facts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "source",
                table: "issue_facts",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "attendance_facts",
                columns: table => new
                {
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendance_facts", x => new { x.activity_id, x.supervisor_id });
                });

            migrationBuilder.CreateTable(
                name: "duty_facts",
                columns: table => new
                {
                    period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owed = table.Column<bool>(type: "boolean", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    submitted = table.Column<bool>(type: "boolean", nullable: false),
                    late = table.Column<bool>(type: "boolean", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    suggestion_adopted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_duty_facts", x => new { x.period, x.supervisor_id });
                });

            migrationBuilder.CreateTable(
                name: "reporting_state",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    generation = table.Column<Guid>(type: "uuid", nullable: false),
                    rebuilt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    replayed_events = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reporting_state", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supervisor_facts",
                columns: table => new
                {
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    certificate_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    nominating_unit = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    background = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    term_start = table.Column<DateOnly>(type: "date", nullable: false),
                    term_end = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervisor_facts", x => x.supervisor_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_issue_facts_reported_on",
                table: "issue_facts",
                column: "reported_on");

            migrationBuilder.CreateIndex(
                name: "ix_issue_facts_reporter_supervisor_id",
                table: "issue_facts",
                column: "reporter_supervisor_id");

            migrationBuilder.CreateIndex(
                name: "ix_issue_facts_revision",
                table: "issue_facts",
                column: "revision");

            migrationBuilder.CreateIndex(
                name: "ix_attendance_facts_year",
                table: "attendance_facts",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "ix_supervisor_facts_term_start",
                table: "supervisor_facts",
                column: "term_start");

            // Facts kept before this migration: their district date and a revision, so the statistics index loads them.
            migrationBuilder.Sql("""
                UPDATE issue_facts SET reported_on = (reported_at AT TIME ZONE 'Asia/Shanghai')::date,
                    source = CASE WHEN source = '' THEN 'supervisor' ELSE source END,
                    revision = nextval('issue_fact_revisions');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance_facts");

            migrationBuilder.DropTable(
                name: "duty_facts");

            migrationBuilder.DropTable(
                name: "reporting_state");

            migrationBuilder.DropTable(
                name: "supervisor_facts");

            migrationBuilder.DropIndex(
                name: "ix_issue_facts_reported_on",
                table: "issue_facts");

            migrationBuilder.DropIndex(
                name: "ix_issue_facts_reporter_supervisor_id",
                table: "issue_facts");

            migrationBuilder.DropIndex(
                name: "ix_issue_facts_revision",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "accepted",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "deadline",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "dispatched_at",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "exposed",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "feedback_given",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "handling_hours",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "objections",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "on_time",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "overdue",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "rating",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "rectified_at",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "reported_on",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "reporter_supervisor_id",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "source",
                table: "issue_facts");

            migrationBuilder.DropSequence(
                name: "issue_fact_revisions");

            migrationBuilder.CreateIndex(
                name: "ix_issue_facts_reported_at",
                table: "issue_facts",
                column: "reported_at");
        }
    }
}
