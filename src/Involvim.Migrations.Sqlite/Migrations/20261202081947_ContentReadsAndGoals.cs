using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Involvim.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ContentReadsAndGoals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContentReads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionSlug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentReads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TranslationGoals",
                columns: table => new
                {
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TopGuides = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranslationGoals", x => x.RegionId);
                    table.ForeignKey(
                        name: "FK_TranslationGoals_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentReads_RegionSlug_Month",
                table: "ContentReads",
                columns: new[] { "RegionSlug", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentReads_RegionSlug_Path_Month",
                table: "ContentReads",
                columns: new[] { "RegionSlug", "Path", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentReads");

            migrationBuilder.DropTable(
                name: "TranslationGoals");
        }
    }
}
