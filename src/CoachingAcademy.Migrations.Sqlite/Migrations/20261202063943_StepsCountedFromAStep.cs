using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StepsCountedFromAStep : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AfterStepId",
                table: "Milestones",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_AfterStepId",
                table: "Milestones",
                column: "AfterStepId");

            migrationBuilder.AddForeignKey(
                name: "FK_Milestones_Milestones_AfterStepId",
                table: "Milestones",
                column: "AfterStepId",
                principalTable: "Milestones",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Milestones_Milestones_AfterStepId",
                table: "Milestones");

            migrationBuilder.DropIndex(
                name: "IX_Milestones_AfterStepId",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "AfterStepId",
                table: "Milestones");
        }
    }
}
