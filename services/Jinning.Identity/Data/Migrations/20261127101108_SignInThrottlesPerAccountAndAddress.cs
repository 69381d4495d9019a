using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jinning.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class SignInThrottlesPerAccountAndAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_failed_at",
                table: "accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "sign_in_throttles",
                columns: table => new
                {
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    failures = table.Column<int>(type: "integer", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_failure_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_in_throttles", x => new { x.account_id, x.address });
                });

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_throttles_last_failure_at",
                table: "sign_in_throttles",
                column: "last_failure_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sign_in_throttles");

            migrationBuilder.DropColumn(
                name: "last_failed_at",
                table: "accounts");
        }
    }
}
