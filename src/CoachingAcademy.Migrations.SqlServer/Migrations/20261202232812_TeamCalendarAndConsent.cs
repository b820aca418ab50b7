using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TeamCalendarAndConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ConsentedAtUtc",
                table: "EngagementMembers",
                type: "datetime2",
                nullable: true);

            // Teams formed before consents existed were formed by a director at once: their members count as consented then.
            migrationBuilder.Sql("UPDATE EngagementMembers SET ConsentedAtUtc = AddedAtUtc WHERE Role = 'Peer'");

            migrationBuilder.AddColumn<int>(
                name: "FacilitatorId",
                table: "CoachingSessions",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoachingSessions_FacilitatorId",
                table: "CoachingSessions",
                column: "FacilitatorId");

            migrationBuilder.AddForeignKey(
                name: "FK_CoachingSessions_People_FacilitatorId",
                table: "CoachingSessions",
                column: "FacilitatorId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CoachingSessions_People_FacilitatorId",
                table: "CoachingSessions");

            migrationBuilder.DropIndex(
                name: "IX_CoachingSessions_FacilitatorId",
                table: "CoachingSessions");

            migrationBuilder.DropColumn(
                name: "ConsentedAtUtc",
                table: "EngagementMembers");

            migrationBuilder.DropColumn(
                name: "FacilitatorId",
                table: "CoachingSessions");
        }
    }
}
