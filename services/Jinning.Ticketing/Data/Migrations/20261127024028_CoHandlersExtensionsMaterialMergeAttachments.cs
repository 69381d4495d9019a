using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jinning.Ticketing.Data.Migrations
{
    /// <inheritdoc />
    public partial class CoHandlersExtensionsMaterialMergeAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "clock_stopped_at",
                table: "issues",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "co_handler_codes",
                table: "issues",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "extension",
                table: "issues",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "extension_reason",
                table: "issues",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "extension_requested_until",
                table: "issues",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "material_request",
                table: "issues",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "merged_into_id",
                table: "issues",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<List<Guid>>(
                name: "merged_reporter_supervisor_ids",
                table: "issues",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sign_for_deadline",
                table: "issues",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sign_for_overdue_at",
                table: "issues",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "supervision_level",
                table: "issues",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "issue_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    issue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    uploaded_by_role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_issue_attachments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporter_identity_views",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    issue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    viewer = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    viewer_role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    via = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reporter_identity_views", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_issues_merged_into_id",
                table: "issues",
                column: "merged_into_id");

            migrationBuilder.CreateIndex(
                name: "ix_issues_sign_for_deadline",
                table: "issues",
                column: "sign_for_deadline");

            migrationBuilder.CreateIndex(
                name: "ix_issue_attachments_issue_id",
                table: "issue_attachments",
                column: "issue_id");

            migrationBuilder.CreateIndex(
                name: "ix_reporter_identity_views_issue_id_id",
                table: "reporter_identity_views",
                columns: new[] { "issue_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "issue_attachments");

            migrationBuilder.DropTable(
                name: "reporter_identity_views");

            migrationBuilder.DropIndex(
                name: "ix_issues_merged_into_id",
                table: "issues");

            migrationBuilder.DropIndex(
                name: "ix_issues_sign_for_deadline",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "clock_stopped_at",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "co_handler_codes",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "extension",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "extension_reason",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "extension_requested_until",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "material_request",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "merged_into_id",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "merged_reporter_supervisor_ids",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "sign_for_deadline",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "sign_for_overdue_at",
                table: "issues");

            migrationBuilder.DropColumn(
                name: "supervision_level",
                table: "issues");
        }
    }
}
