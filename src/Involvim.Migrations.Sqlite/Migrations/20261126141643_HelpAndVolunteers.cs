using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Involvim.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HelpAndVolunteers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Areas",
                table: "Regions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "AutoOffer",
                table: "Regions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "OfferTimeoutHours",
                table: "Regions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "UnmetAfterDays",
                table: "Regions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "HelpRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PreferredSlots = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactMethod = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ContactCipher = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ContactSharedWithVolunteer = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContactErasedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TrackingCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmissionKeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RequesterLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NeedsInterpreter = table.Column<bool>(type: "INTEGER", nullable: false),
                    NeedsVetting = table.Column<bool>(type: "INTEGER", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HoursSpent = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    FeedbackComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpRequests_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Approval = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Vetted = table.Column<bool>(type: "INTEGER", nullable: false),
                    VettingNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Motivation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    Areas = table.Column<string>(type: "TEXT", nullable: false),
                    AvailableSlots = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxActiveTasks = table.Column<int>(type: "INTEGER", nullable: false),
                    PausedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastOfferedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Volunteers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Volunteers_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HelpEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VolunteerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpEvents_HelpRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "HelpRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HelpMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpMessages_HelpRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "HelpRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HelpOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Automatic = table.Column<bool>(type: "INTEGER", nullable: false),
                    OfferedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpOffers_HelpRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "HelpRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HelpEvents_RequestId",
                table: "HelpEvents",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_HelpMessages_RequestId",
                table: "HelpMessages",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_HelpOffers_RequestId",
                table: "HelpOffers",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_HelpOffers_Status_ExpiresAt",
                table: "HelpOffers",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpOffers_VolunteerId_Status",
                table: "HelpOffers",
                columns: new[] { "VolunteerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_RegionId_Status_CreatedAt",
                table: "HelpRequests",
                columns: new[] { "RegionId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_SubmissionKeyHash",
                table: "HelpRequests",
                column: "SubmissionKeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_TrackingCodeHash",
                table: "HelpRequests",
                column: "TrackingCodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_RegionId_Approval",
                table: "Volunteers",
                columns: new[] { "RegionId", "Approval" });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_RegionId_UserId",
                table: "Volunteers",
                columns: new[] { "RegionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_UserId",
                table: "Volunteers",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HelpEvents");

            migrationBuilder.DropTable(
                name: "HelpMessages");

            migrationBuilder.DropTable(
                name: "HelpOffers");

            migrationBuilder.DropTable(
                name: "Volunteers");

            migrationBuilder.DropTable(
                name: "HelpRequests");

            migrationBuilder.DropColumn(
                name: "Areas",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "AutoOffer",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "OfferTimeoutHours",
                table: "Regions");

            migrationBuilder.DropColumn(
                name: "UnmetAfterDays",
                table: "Regions");
        }
    }
}
