using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Involvim.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Segments",
                table: "RegionTranslations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Segments",
                table: "OrganizationTranslation",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Segments",
                table: "GuideTranslations",
                type: "TEXT",
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SourceRevision",
                table: "RegionTranslations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SourceRevision",
                table: "OrganizationTranslation",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SourceRevision",
                table: "GuideTranslations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }
    }
}
