using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jinning.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class SupervisorPledge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "pledge_accepted_at",
                table: "accounts",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "pledge_accepted_at",
                table: "accounts");
        }
    }
}
