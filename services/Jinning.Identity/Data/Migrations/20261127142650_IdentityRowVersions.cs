using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jinning.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class IdentityRowVersions : Migration
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
