using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Involvim.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TranslatorDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TranslationClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranslationClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TranslationClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TranslationClaims_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranslationMemory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TargetLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SourceHash = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceLength = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceText = table.Column<string>(type: "TEXT", nullable: false),
                    TargetText = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranslationMemory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TranslationMemory_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranslatorPairs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TargetLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranslatorPairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TranslatorPairs_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TranslatorPairs_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TranslationClaims_Kind_ItemId_Language",
                table: "TranslationClaims",
                columns: new[] { "Kind", "ItemId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TranslationClaims_RegionId",
                table: "TranslationClaims",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_TranslationClaims_UserId",
                table: "TranslationClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TranslationMemory_RegionId_SourceLanguage_TargetLanguage_SourceHash",
                table: "TranslationMemory",
                columns: new[] { "RegionId", "SourceLanguage", "TargetLanguage", "SourceHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TranslationMemory_RegionId_SourceLanguage_TargetLanguage_SourceLength",
                table: "TranslationMemory",
                columns: new[] { "RegionId", "SourceLanguage", "TargetLanguage", "SourceLength" });

            migrationBuilder.CreateIndex(
                name: "IX_TranslatorPairs_RegionId_UserId_SourceLanguage_TargetLanguage",
                table: "TranslatorPairs",
                columns: new[] { "RegionId", "UserId", "SourceLanguage", "TargetLanguage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TranslatorPairs_UserId",
                table: "TranslatorPairs",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TranslationClaims");

            migrationBuilder.DropTable(
                name: "TranslationMemory");

            migrationBuilder.DropTable(
                name: "TranslatorPairs");
        }
    }
}
