using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MeetingFacilitator : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FacilitatorId",
                table: "CoachingSessions",
                type: "INTEGER",
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
                name: "FacilitatorId",
                table: "CoachingSessions");
        }
    }
}
