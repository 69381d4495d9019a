using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jinning.Roster.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrderedIssueEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "applied_versions",
                columns: table => new
                {
                    aggregate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applied_versions", x => x.aggregate_id);
                });

            migrationBuilder.CreateTable(
                name: "parked_events",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    aggregate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "jsonb", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    parked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_parked_events", x => x.message_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_parked_events_aggregate_id_version",
                table: "parked_events",
                columns: new[] { "aggregate_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_parked_events_parked_at",
                table: "parked_events",
                column: "parked_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "applied_versions");

            migrationBuilder.DropTable(
                name: "parked_events");
        }
    }
}
