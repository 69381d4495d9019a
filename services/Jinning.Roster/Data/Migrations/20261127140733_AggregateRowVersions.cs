using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jinning.Roster.Data.Migrations
{
    /// <inheritdoc />
    public partial class AggregateRowVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // xmin is PostgreSQL's system column: the row version is mapped, never created.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing was created.
        }
    }
}
