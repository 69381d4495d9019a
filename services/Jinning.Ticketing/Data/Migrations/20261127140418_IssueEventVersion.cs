using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jinning.Ticketing.Data.Migrations
{
    /// <inheritdoc />
    public partial class IssueEventVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "event_version",
                table: "issues",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "event_version",
                table: "issues");
        }
    }
}
