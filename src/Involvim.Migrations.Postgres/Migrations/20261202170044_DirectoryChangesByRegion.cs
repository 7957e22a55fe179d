using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Involvim.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryChangesByRegion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_DirectoryChanges_RegionId_Id",
                table: "DirectoryChanges",
                columns: new[] { "RegionId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectoryChanges_RegionId_Id",
                table: "DirectoryChanges");
        }
    }
}
