using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuestEmail",
                table: "Cohorts",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuestName",
                table: "Cohorts",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GuestTitle",
                table: "Cohorts",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "GuestInvitedAtUtc",
                table: "CoachingSessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CompletionToldAtUtc",
                table: "CircleApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProjectUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
