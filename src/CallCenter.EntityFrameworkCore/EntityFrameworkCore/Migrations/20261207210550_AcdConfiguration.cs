using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CallCenter.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class AcdConfiguration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "acd_agents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    extension = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    sip_realm = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    sip_md5ha1 = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    sip_sha256ha1 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    sip_password_set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    creator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_modifier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    skills = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_acd_agents", x => x.id);
                    table.ForeignKey(
                        name: "fk_acd_agents_asp_net_users_id",
                        column: x => x.id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "acd_queues",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    skill = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    min_level = table.Column<int>(type: "integer", nullable: false),
                    strategy = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ring_timeout_seconds = table.Column<int>(type: "integer", nullable: false),
                    wrap_up_seconds = table.Column<int>(type: "integer", nullable: false),
                    max_wait_seconds = table.Column<int>(type: "integer", nullable: false),
                    overflow_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    overflow_target = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    join_when_empty = table.Column<bool>(type: "boolean", nullable: false),
                    announce_every_seconds = table.Column<int>(type: "integer", nullable: false),
                    use_business_hours = table.Column<bool>(type: "boolean", nullable: false),
                    callback_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    tiers = table.Column<string>(type: "jsonb", nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    creator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_modifier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_deleted = table.Column<bool>(type: "boolean", nullable: false),
                    deletion_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleter_id = table.Column<Guid>(type: "uuid", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_acd_queues", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "acd_settings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    not_ready_reasons = table.Column<List<string>>(type: "text[]", nullable: false),
                    recovery_pause_seconds = table.Column<int>(type: "integer", nullable: false),
                    misses_before_not_ready = table.Column<int>(type: "integer", nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    creator_id = table.Column<Guid>(type: "uuid", nullable: true),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_modifier_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_acd_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "queue_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.SerialColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    call_record_id = table.Column<Guid>(type: "uuid", nullable: true),
                    queue_id = table.Column<Guid>(type: "uuid", nullable: true),
                    agent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    @event = table.Column<string>(name: "event", type: "text", nullable: false),
                    wait_ms = table.Column<int>(type: "integer", nullable: true),
                    talk_ms = table.Column<int>(type: "integer", nullable: true),
                    wrap_ms = table.Column<int>(type: "integer", nullable: true),
                    data = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_queue_events", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_acd_agents_extension",
                table: "acd_agents",
                column: "extension",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_acd_queues_name",
                table: "acd_queues",
                column: "name",
                unique: true,
                filter: "is_deleted = false");

            migrationBuilder.CreateIndex(
                name: "ix_queue_events_at",
                table: "queue_events",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_queue_events_call_record_id",
                table: "queue_events",
                column: "call_record_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "acd_agents");

            migrationBuilder.DropTable(
                name: "acd_queues");

            migrationBuilder.DropTable(
                name: "acd_settings");

            migrationBuilder.DropTable(
                name: "queue_events");
        }
    }
}
