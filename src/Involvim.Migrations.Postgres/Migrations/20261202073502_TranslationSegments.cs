using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Involvim.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TranslationSegments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SourceRevision",
                table: "ServiceTranslations");

            migrationBuilder.DropColumn(
                name: "SourceRevision",
                table: "RegionTranslations");

            migrationBuilder.DropColumn(
                name: "SourceRevision",
                table: "OrganizationTranslation");

            migrationBuilder.DropColumn(
                name: "SourceRevision",
                table: "GuideTranslations");

            migrationBuilder.AddColumn<string>(
                name: "Segments",
                table: "ServiceTranslations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Segments",
                table: "RegionTranslations",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Segments",
                table: "OrganizationTranslation",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Segments",
                table: "GuideTranslations",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Segments",
                table: "ServiceTranslations");

            migrationBuilder.DropColumn(
                name: "Segments",
                table: "RegionTranslations");

            migrationBuilder.DropColumn(
                name: "Segments",
                table: "OrganizationTranslation");

            migrationBuilder.DropColumn(
                name: "Segments",
                table: "GuideTranslations");

            migrationBuilder.AddColumn<int>(
                name: "SourceRevision",
                table: "ServiceTranslations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SourceRevision",
                table: "RegionTranslations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SourceRevision",
                table: "OrganizationTranslation",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SourceRevision",
                table: "GuideTranslations",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }
    }
}
