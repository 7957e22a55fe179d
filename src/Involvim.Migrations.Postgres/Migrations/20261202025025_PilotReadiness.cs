using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Involvim.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PilotReadiness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AnswerWithinDays",
                table: "Regions",
                type: "integer",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<bool>(
                name: "Sealed",
                table: "OutboxMessages",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ContactLookup",
                table: "HelpRequests",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AppSecrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProtectedValue = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppSecrets", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_RegionId_ContactLookup",
                table: "HelpRequests",
                columns: new[] { "RegionId", "ContactLookup" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpOffers_RegionId_OfferedAt",
                table: "HelpOffers",
                columns: new[] { "RegionId", "OfferedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppSecrets");

            migrationBuilder.DropIndex(
                name: "IX_HelpRequests_RegionId_ContactLookup",
                table: "HelpRequests");

            migrationBuilder.DropIndex(
                name: "IX_HelpOffers_RegionId_OfferedAt",
                table: "HelpOffers");

            migrationBuilder.DropColumn(
                name: "AnswerWithinDays",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "Sealed",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "ContactLookup",
                table: "HelpRequests");
        }
    }
}
