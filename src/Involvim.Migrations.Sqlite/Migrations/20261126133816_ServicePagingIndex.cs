using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Involvim.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ServicePagingIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Services_RegionId_Status",
                table: "Services");

            migrationBuilder.CreateIndex(
                name: "IX_Services_RegionId_Status_Id",
                table: "Services",
                columns: new[] { "RegionId", "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Services_RegionId_Status_Id",
                table: "Services");

            migrationBuilder.CreateIndex(
                name: "IX_Services_RegionId_Status",
                table: "Services",
                columns: new[] { "RegionId", "Status" });
        }
    }
}
