using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Involvim.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class HelpAndVolunteers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "Areas",
                table: "Regions",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<bool>(
                name: "AutoOffer",
                table: "Regions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "OfferTimeoutHours",
                table: "Regions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "UnmetAfterDays",
                table: "Regions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "HelpRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    Area = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Urgency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PreferredSlots = table.Column<int>(type: "integer", nullable: false),
                    ContactMethod = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ContactCipher = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ContactSharedWithVolunteer = table.Column<bool>(type: "boolean", nullable: false),
                    ContactErasedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TrackingCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmissionKeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RequesterLanguage = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    NeedsInterpreter = table.Column<bool>(type: "boolean", nullable: false),
                    NeedsVetting = table.Column<bool>(type: "boolean", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: true),
                    HoursSpent = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    Feedback = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    FeedbackComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Approval = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Vetted = table.Column<bool>(type: "boolean", nullable: false),
                    VettingNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Motivation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Languages = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Skills = table.Column<List<string>>(type: "text[]", nullable: false),
                    Areas = table.Column<List<string>>(type: "text[]", nullable: false),
                    AvailableSlots = table.Column<int>(type: "integer", nullable: false),
                    MaxActiveTasks = table.Column<int>(type: "integer", nullable: false),
                    PausedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    LastOfferedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedCount = table.Column<int>(type: "integer", nullable: false),
                    CompletedCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Author = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Automatic = table.Column<bool>(type: "boolean", nullable: false),
                    OfferedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
