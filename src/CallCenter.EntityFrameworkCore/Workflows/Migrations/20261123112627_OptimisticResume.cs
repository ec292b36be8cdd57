using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCenter.Workflows.Migrations
{
    /// <inheritdoc />
    public partial class OptimisticResume : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "side_effect_free",
                schema: "workflows",
                table: "bookmarks",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "side_effect_free",
                schema: "workflows",
                table: "bookmarks");
        }
    }
}
