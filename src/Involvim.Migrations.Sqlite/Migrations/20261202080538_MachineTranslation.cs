using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Involvim.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MachineTranslation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MachineTranslationCache",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    SourceLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TargetLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SourceHash = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MachineTranslationCache", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MachineTranslationCache_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MachineTranslationLedger",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    SourceLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TargetLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TriggeredBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Characters = table.Column<int>(type: "INTEGER", nullable: false),
                    Charged = table.Column<int>(type: "INTEGER", nullable: false),
                    Failure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MachineTranslationLedger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MachineTranslationLedger_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MachineTranslationSettings",
                columns: table => new
                {
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Endpoint = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProtectedApiKey = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsPrivate = table.Column<bool>(type: "INTEGER", nullable: false),
                    MonthlyCharacterBudget = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishMachineDrafts = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MachineTranslationSettings", x => x.RegionId);
                    table.ForeignKey(
                        name: "FK_MachineTranslationSettings_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MachineTranslationCache_RegionId_Provider_SourceLanguage_TargetLanguage_SourceHash",
                table: "MachineTranslationCache",
                columns: new[] { "RegionId", "Provider", "SourceLanguage", "TargetLanguage", "SourceHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MachineTranslationLedger_RegionId_At",
                table: "MachineTranslationLedger",
                columns: new[] { "RegionId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MachineTranslationCache");

            migrationBuilder.DropTable(
                name: "MachineTranslationLedger");

            migrationBuilder.DropTable(
                name: "MachineTranslationSettings");
        }
    }
}
