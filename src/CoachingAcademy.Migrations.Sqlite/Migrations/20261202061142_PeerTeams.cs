using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PeerTeams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Matches_OneActivePerParticipant",
                table: "Matches");

            migrationBuilder.DropIndex(
                name: "IX_Matches_OneOpenPerPair",
                table: "Matches");

            migrationBuilder.AlterColumn<int>(
                name: "ParticipantId",
                table: "Matches",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<int>(
                name: "CoachId",
                table: "Matches",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.CreateIndex(
                name: "IX_Matches_OneActivePerParticipant",
                table: "Matches",
                columns: new[] { "CohortId", "ParticipantId" },
                unique: true,
                filter: "\"Status\" = 'Active' AND \"ParticipantId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Matches_OneOpenPerPair",
                table: "Matches",
                columns: new[] { "CohortId", "ParticipantId", "CoachId" },
                unique: true,
                filter: "\"Status\" IN ('AwaitingCoach', 'Proposed', 'Active') AND \"ParticipantId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Matches_OneActivePerParticipant",
                table: "Matches");

            migrationBuilder.DropIndex(
                name: "IX_Matches_OneOpenPerPair",
                table: "Matches");

            migrationBuilder.AlterColumn<int>(
                name: "ParticipantId",
                table: "Matches",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "CoachId",
                table: "Matches",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Matches_OneActivePerParticipant",
                table: "Matches",
                columns: new[] { "CohortId", "ParticipantId" },
                unique: true,
                filter: "\"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_Matches_OneOpenPerPair",
                table: "Matches",
                columns: new[] { "CohortId", "ParticipantId", "CoachId" },
                unique: true,
                filter: "\"Status\" IN ('AwaitingCoach', 'Proposed', 'Active')");
        }
    }
}
