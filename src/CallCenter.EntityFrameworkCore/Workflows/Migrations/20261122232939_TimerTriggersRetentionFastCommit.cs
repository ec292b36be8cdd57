using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCenter.Workflows.Stores.Migrations
{
    /// <inheritdoc />
    public partial class TimerTriggersRetentionFastCommit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "due_at",
                schema: "workflows",
                table: "triggers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "job_id",
                schema: "workflows",
                table: "triggers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "maintenance",
                schema: "workflows",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    last_run_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_maintenance", x => x.name);
                });

            migrationBuilder.CreateIndex(
                name: "ix_triggers_unscheduled",
                schema: "workflows",
                table: "triggers",
                column: "id",
                filter: "due_at IS NOT NULL AND job_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_instances_finished",
                schema: "workflows",
                table: "instances",
                column: "finished_at",
                filter: "finished_at IS NOT NULL");

            // The commit's guard: a batch without BEGIN/COMMIT is one implicit transaction, and an error in it rolls
            // every statement back. Volatile, so the planner never evaluates it unless the guarded write matched nothing.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION workflows.lease_lost() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
                BEGIN
                    RAISE EXCEPTION 'workflow commit refused: the lease was lost or the instance changed' USING ERRCODE = 'WF001';
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS workflows.lease_lost();");

            migrationBuilder.DropTable(
                name: "maintenance",
                schema: "workflows");

            migrationBuilder.DropIndex(
                name: "ix_triggers_unscheduled",
                schema: "workflows",
                table: "triggers");

            migrationBuilder.DropIndex(
                name: "ix_instances_finished",
                schema: "workflows",
                table: "instances");

            migrationBuilder.DropColumn(
                name: "due_at",
                schema: "workflows",
                table: "triggers");

            migrationBuilder.DropColumn(
                name: "job_id",
                schema: "workflows",
                table: "triggers");
        }
    }
}
