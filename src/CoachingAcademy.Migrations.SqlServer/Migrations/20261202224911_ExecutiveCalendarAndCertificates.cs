using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ExecutiveCalendarAndCertificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Outcomes and plans written before cycles existed belong to the first cycle.
            migrationBuilder.AddColumn<int>(
                name: "Cycle",
                table: "ProgramOutcomes",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Cycle",
                table: "DevelopmentPlanVersions",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "CertificateSignerName",
                table: "Cohorts",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CertificateSignerTitle",
                table: "Cohorts",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rules_MaxMissedMeetings",
                table: "Cohorts",
                type: "int",
                nullable: true);

            // Peer circles kept their attendance commitment before the rule existed: at most one missed meeting (seed 004).
            migrationBuilder.Sql("UPDATE Cohorts SET Rules_MaxMissedMeetings = 1 WHERE Kind = 'PeerCircle'");

            migrationBuilder.CreateTable(
                name: "EngagementSchedules",
                columns: table => new
                {
                    MatchId = table.Column<int>(type: "int", nullable: false),
                    Cycle = table.Column<int>(type: "int", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CycleStartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    HoursPerMonth = table.Column<int>(type: "int", nullable: false),
                    MeetingsAfterDays = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementSchedules", x => x.MatchId);
                    table.ForeignKey(
                        name: "FK_EngagementSchedules_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EngagementCycleClosings",
                columns: table => new
                {
                    Cycle = table.Column<int>(type: "int", nullable: false),
                    MatchId = table.Column<int>(type: "int", nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ClosedById = table.Column<int>(type: "int", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementCycleClosings", x => new { x.MatchId, x.Cycle });
                    table.ForeignKey(
                        name: "FK_EngagementCycleClosings_EngagementSchedules_MatchId",
                        column: x => x.MatchId,
                        principalTable: "EngagementSchedules",
                        principalColumn: "MatchId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EngagementCycleClosings_People_ClosedById",
                        column: x => x.ClosedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EngagementStepDays",
                columns: table => new
                {
                    MilestoneId = table.Column<int>(type: "int", nullable: false),
                    MatchId = table.Column<int>(type: "int", nullable: false),
                    DaysAfterStart = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementStepDays", x => new { x.MatchId, x.MilestoneId });
                    table.ForeignKey(
                        name: "FK_EngagementStepDays_EngagementSchedules_MatchId",
                        column: x => x.MatchId,
                        principalTable: "EngagementSchedules",
                        principalColumn: "MatchId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementCycleClosings_ClosedById",
                table: "EngagementCycleClosings",
                column: "ClosedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EngagementCycleClosings");

            migrationBuilder.DropTable(
                name: "EngagementStepDays");

            migrationBuilder.DropTable(
                name: "EngagementSchedules");

            migrationBuilder.DropColumn(
                name: "Cycle",
                table: "ProgramOutcomes");

            migrationBuilder.DropColumn(
                name: "Cycle",
                table: "DevelopmentPlanVersions");

            migrationBuilder.DropColumn(
                name: "CertificateSignerName",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "CertificateSignerTitle",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_MaxMissedMeetings",
                table: "Cohorts");
        }
    }
}
