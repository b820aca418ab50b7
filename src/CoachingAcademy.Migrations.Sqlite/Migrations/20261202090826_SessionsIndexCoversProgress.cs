using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SessionsIndexCoversProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CoachingSessions_MatchId_StartsAtUtc",
                table: "CoachingSessions");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingSessions_MatchId_StartsAtUtc_Status_MilestoneId",
                table: "CoachingSessions",
                columns: new[] { "MatchId", "StartsAtUtc", "Status", "MilestoneId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CoachingSessions_MatchId_StartsAtUtc_Status_MilestoneId",
                table: "CoachingSessions");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingSessions_MatchId_StartsAtUtc",
                table: "CoachingSessions",
                columns: new[] { "MatchId", "StartsAtUtc" });
        }
    }
}
