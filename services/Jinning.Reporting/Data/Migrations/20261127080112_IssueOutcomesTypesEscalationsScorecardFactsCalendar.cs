using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jinning.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class IssueOutcomesTypesEscalationsScorecardFactsCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "confirmation",
                table: "issue_facts",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "escalations",
                table: "issue_facts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "outcome",
                table: "issue_facts",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "type",
                table: "issue_facts",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "problem");

            migrationBuilder.CreateTable(
                name: "calendar_year_facts",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    holidays = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    make_up_workdays = table.Column<List<DateOnly>>(type: "date[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_year_facts", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "scorecard_facts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    department_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    issue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    on_time = table.Column<bool>(type: "boolean", nullable: true),
                    rating = table.Column<int>(type: "integer", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scorecard_facts", x => x.id);
                });

            // Issues closed so far were all confirmed as resolved; scorecard facts of past events come from a rebuild (replay).
            migrationBuilder.Sql("UPDATE issue_facts SET outcome = 'resolved', confirmation = 'confirmed' WHERE status = 'closed';");

            migrationBuilder.CreateIndex(
                name: "ix_scorecard_facts_issue_id_kind",
                table: "scorecard_facts",
                columns: new[] { "issue_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_scorecard_facts_occurred_on",
                table: "scorecard_facts",
                column: "occurred_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_year_facts");

            migrationBuilder.DropTable(
                name: "scorecard_facts");

            migrationBuilder.DropColumn(
                name: "confirmation",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "escalations",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "outcome",
                table: "issue_facts");

            migrationBuilder.DropColumn(
                name: "type",
                table: "issue_facts");
        }
    }
}
