using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCenter.EntityFrameworkCore.Migrations
{
    /// <inheritdoc />
    public partial class KnowledgeQuestionPhrasings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing rows get an empty list; the seeder then fills the seeded articles no editor has saved.
            migrationBuilder.AddColumn<List<string>>(
                name: "questions",
                table: "knowledge_articles",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<string>>(
                name: "questions",
                table: "knowledge_article_versions",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "questions",
                table: "knowledge_articles");

            migrationBuilder.DropColumn(
                name: "questions",
                table: "knowledge_article_versions");
        }
    }
}
