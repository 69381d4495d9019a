using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jinning.Roster.Data.Migrations
{
    /// <inheritdoc />
    public partial class AggregateEventVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "event_version",
                table: "trainings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "event_version",
                table: "supervisors",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "event_version",
                table: "supervisor_applications",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "event_version",
                table: "supervision_tasks",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "event_version",
                table: "nominations",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "event_version",
                table: "meetings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "event_version",
                table: "half_year_submissions",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "event_version",
                table: "declarations",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "event_version",
                table: "trainings");

            migrationBuilder.DropColumn(
                name: "event_version",
                table: "supervisors");

            migrationBuilder.DropColumn(
                name: "event_version",
                table: "supervisor_applications");

            migrationBuilder.DropColumn(
                name: "event_version",
                table: "supervision_tasks");

            migrationBuilder.DropColumn(
                name: "event_version",
                table: "nominations");

            migrationBuilder.DropColumn(
                name: "event_version",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "event_version",
                table: "half_year_submissions");

            migrationBuilder.DropColumn(
                name: "event_version",
                table: "declarations");
        }
    }
}
