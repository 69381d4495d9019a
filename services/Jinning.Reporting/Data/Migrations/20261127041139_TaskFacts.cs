using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jinning.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class TaskFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "task_facts",
                columns: table => new
                {
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_facts", x => new { x.task_id, x.supervisor_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_task_facts_year",
                table: "task_facts",
                column: "year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "task_facts");
        }
    }
}
