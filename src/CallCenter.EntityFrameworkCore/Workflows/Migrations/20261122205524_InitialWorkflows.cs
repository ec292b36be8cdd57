using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CallCenter.Workflows.Stores.Migrations
{
    /// <inheritdoc />
    public partial class InitialWorkflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "workflows");

            migrationBuilder.CreateTable(
                name: "bookmarks",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    instance_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    activity_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    correlation_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    job_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookmarks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "definitions",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    definition_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    is_latest = table.Column<bool>(type: "boolean", nullable: false),
                    is_published = table.Column<bool>(type: "boolean", nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    json = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_definitions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "instances",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    definition_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    definition_version = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    correlation_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    parent_instance_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    incident_count = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<string>(type: "jsonb", nullable: false),
                    lease_owner = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    lease_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    row_version = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_instances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "journal",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    instance_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    activity_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    activity_type = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    outcomes = table.Column<string>(type: "text", nullable: true),
                    message = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journal", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stimuli",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    correlation_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    bookmark_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    is_timer = table.Column<bool>(type: "boolean", nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    claimed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    claim_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    consumed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stimuli", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "triggers",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    definition_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    activity_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_triggers", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bookmarks_hash",
                schema: "workflows",
                table: "bookmarks",
                column: "hash");

            migrationBuilder.CreateIndex(
                name: "ix_bookmarks_instance_id",
                schema: "workflows",
                table: "bookmarks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookmarks_unscheduled_timers",
                schema: "workflows",
                table: "bookmarks",
                column: "created_at",
                filter: "due_at IS NOT NULL AND job_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_definitions_definition_id_version",
                schema: "workflows",
                table: "definitions",
                columns: new[] { "definition_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_definitions_one_published",
                schema: "workflows",
                table: "definitions",
                column: "definition_id",
                unique: true,
                filter: "is_published");

            migrationBuilder.CreateIndex(
                name: "ix_instances_correlation_id",
                schema: "workflows",
                table: "instances",
                column: "correlation_id");

            migrationBuilder.CreateIndex(
                name: "ix_instances_definition_id_created_at",
                schema: "workflows",
                table: "instances",
                columns: new[] { "definition_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_instances_status_lease_until",
                schema: "workflows",
                table: "instances",
                columns: new[] { "status", "lease_until" });

            migrationBuilder.CreateIndex(
                name: "ix_journal_instance_id_sequence",
                schema: "workflows",
                table: "journal",
                columns: new[] { "instance_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stimuli_pending",
                schema: "workflows",
                table: "stimuli",
                column: "id",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_stimuli_pending_bookmark",
                schema: "workflows",
                table: "stimuli",
                column: "bookmark_id",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_stimuli_pending_hash",
                schema: "workflows",
                table: "stimuli",
                column: "hash",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_triggers_definition_id",
                schema: "workflows",
                table: "triggers",
                column: "definition_id");

            migrationBuilder.CreateIndex(
                name: "ix_triggers_hash",
                schema: "workflows",
                table: "triggers",
                column: "hash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bookmarks",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "definitions",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "instances",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "journal",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "stimuli",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "triggers",
                schema: "workflows");
        }
    }
}
