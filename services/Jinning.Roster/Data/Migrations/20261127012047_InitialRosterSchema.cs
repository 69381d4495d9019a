using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jinning.Roster.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialRosterSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "awards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    awarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    awarded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_awards", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "half_year_reminders",
                columns: table => new
                {
                    period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_half_year_reminders", x => new { x.period, x.supervisor_id });
                });

            migrationBuilder.CreateTable(
                name: "half_year_submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ledger = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    suggestion_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    suggestion = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    late = table.Column<bool>(type: "boolean", nullable: false),
                    adopted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    adopted_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    adoption_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_half_year_submissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.consumer, x.message_id });
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    invited_supervisor_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    attended_supervisor_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    scheduled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "nominations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    workplace = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    background = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    small_or_medium_enterprise = table.Column<bool>(type: "boolean", nullable: false),
                    nominating_unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    statement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    nominated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    conditions_met = table.Column<bool>(type: "boolean", nullable: true),
                    vetting_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    vetted_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    vetted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    disqualifiers = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_nominations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    message_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "jsonb", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reported_issues",
                columns: table => new
                {
                    issue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supervisor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tracking_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    major = table.Column<bool>(type: "boolean", nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    rating = table.Column<int>(type: "integer", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reported_issues", x => x.issue_id);
                });

            migrationBuilder.CreateTable(
                name: "revoked_sign_ins",
                columns: table => new
                {
                    subject = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_revoked_sign_ins", x => x.subject);
                });

            migrationBuilder.CreateTable(
                name: "sequences",
                columns: table => new
                {
                    scope = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sequences", x => new { x.scope, x.period });
                });

            migrationBuilder.CreateTable(
                name: "supervision_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    assigned_supervisor_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    results = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supervisors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    nomination_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    nominating_unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    background = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    small_or_medium_enterprise = table.Column<bool>(type: "boolean", nullable: false),
                    email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    certificate_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    term_start = table.Column<DateOnly>(type: "date", nullable: false),
                    term_end = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    term_warning_sent_at = table.Column<int>(type: "integer", nullable: true),
                    actions = table.Column<string>(type: "jsonb", nullable: true),
                    past_terms = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervisors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trainings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    material = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recipient_supervisor_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    attended_supervisor_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trainings", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_awards_year_supervisor_id_title",
                table: "awards",
                columns: new[] { "year", "supervisor_id", "title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_half_year_submissions_period_supervisor_id",
                table: "half_year_submissions",
                columns: new[] { "period", "supervisor_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_starts_at",
                table: "meetings",
                column: "starts_at");

            migrationBuilder.CreateIndex(
                name: "ix_nominations_nominating_unit",
                table: "nominations",
                column: "nominating_unit");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_unsent",
                table: "outbox_messages",
                column: "sequence",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_reported_issues_supervisor_id",
                table: "reported_issues",
                column: "supervisor_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervisors_certificate_number",
                table: "supervisors",
                column: "certificate_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_supervisors_nomination_id",
                table: "supervisors",
                column: "nomination_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_supervisors_status_term_end",
                table: "supervisors",
                columns: new[] { "status", "term_end" });

            migrationBuilder.CreateIndex(
                name: "ix_trainings_period",
                table: "trainings",
                column: "period");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "awards");

            migrationBuilder.DropTable(
                name: "half_year_reminders");

            migrationBuilder.DropTable(
                name: "half_year_submissions");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "nominations");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "reported_issues");

            migrationBuilder.DropTable(
                name: "revoked_sign_ins");

            migrationBuilder.DropTable(
                name: "sequences");

            migrationBuilder.DropTable(
                name: "supervision_tasks");

            migrationBuilder.DropTable(
                name: "supervisors");

            migrationBuilder.DropTable(
                name: "trainings");
        }
    }
}
