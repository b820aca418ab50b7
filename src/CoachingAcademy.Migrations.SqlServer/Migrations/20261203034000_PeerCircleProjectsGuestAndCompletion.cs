using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PeerCircleProjectsGuestAndCompletion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MilestoneId",
                table: "Resources",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuestEmail",
                table: "Cohorts",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuestName",
                table: "Cohorts",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuestTitle",
                table: "Cohorts",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "GuestInvitedAtUtc",
                table: "CoachingSessions",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CompletionToldAtUtc",
                table: "CircleApplications",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProjectUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MatchId = table.Column<int>(type: "int", nullable: false),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectUpdates_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectUpdates_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Resources_MilestoneId",
                table: "Resources",
                column: "MilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectUpdates_MatchId_PersonId_Month",
                table: "ProjectUpdates",
                columns: new[] { "MatchId", "PersonId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectUpdates_PersonId",
                table: "ProjectUpdates",
                column: "PersonId");

            migrationBuilder.AddForeignKey(
                name: "FK_Resources_Milestones_MilestoneId",
                table: "Resources",
                column: "MilestoneId",
                principalTable: "Milestones",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Resources_Milestones_MilestoneId",
                table: "Resources");

            migrationBuilder.DropTable(
                name: "ProjectUpdates");

            migrationBuilder.DropIndex(
                name: "IX_Resources_MilestoneId",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "MilestoneId",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "GuestEmail",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "GuestName",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "GuestTitle",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "GuestInvitedAtUtc",
                table: "CoachingSessions");

            migrationBuilder.DropColumn(
                name: "CompletionToldAtUtc",
                table: "CircleApplications");
        }
    }
}
