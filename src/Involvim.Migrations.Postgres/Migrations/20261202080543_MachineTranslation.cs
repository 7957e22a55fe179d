using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Involvim.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Provider = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    SourceLanguage = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    TargetLanguage = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SourceHash = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Provider = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    SourceLanguage = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    TargetLanguage = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    TriggeredBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Characters = table.Column<int>(type: "integer", nullable: false),
                    Charged = table.Column<int>(type: "integer", nullable: false),
                    Failure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
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
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Provider = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Endpoint = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProtectedApiKey = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IsPrivate = table.Column<bool>(type: "boolean", nullable: false),
                    MonthlyCharacterBudget = table.Column<int>(type: "integer", nullable: false),
                    PublishMachineDrafts = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "IX_MachineTranslationCache_RegionId_Provider_SourceLanguage_Ta~",
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
