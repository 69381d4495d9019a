using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jinning.Ticketing.Data.Migrations
{
    /// <inheritdoc />
    public partial class IssueRowVersion : Migration
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
