using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCenter.Workflows.Migrations
{
    /// <inheritdoc />
    public partial class DefinitionTombstones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "definition_tombstones",
                schema: "workflows",
                columns: table => new
                {
                    definition_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    last_version = table.Column<int>(type: "integer", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_definition_tombstones", x => x.definition_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "definition_tombstones",
                schema: "workflows");
        }
    }
}
