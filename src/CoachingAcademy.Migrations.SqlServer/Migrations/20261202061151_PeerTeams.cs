using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.SqlServer.Migrations
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

            // SQL Server alters no column that an index or a foreign key depends on: the pair's indexes and keys are
            // dropped around the change and made again as they were.
            migrationBuilder.DropForeignKey(name: "FK_Matches_People_CoachId", table: "Matches");
            migrationBuilder.DropForeignKey(name: "FK_Matches_People_ParticipantId", table: "Matches");
            migrationBuilder.DropIndex(name: "IX_Matches_CoachId_Status", table: "Matches");
            migrationBuilder.DropIndex(name: "IX_Matches_ParticipantId_Status", table: "Matches");

            migrationBuilder.AlterColumn<int>(
                name: "ParticipantId",
                table: "Matches",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<int>(
                name: "CoachId",
                table: "Matches",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.CreateIndex(name: "IX_Matches_CoachId_Status", table: "Matches", columns: new[] { "CoachId", "Status" });
            migrationBuilder.CreateIndex(name: "IX_Matches_ParticipantId_Status", table: "Matches", columns: new[] { "ParticipantId", "Status" });
            migrationBuilder.AddForeignKey(name: "FK_Matches_People_CoachId", table: "Matches", column: "CoachId",
                principalTable: "People", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            migrationBuilder.AddForeignKey(name: "FK_Matches_People_ParticipantId", table: "Matches", column: "ParticipantId",
                principalTable: "People", principalColumn: "Id", onDelete: ReferentialAction.Restrict);


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

            // SQL Server alters no column that an index or a foreign key depends on: the pair's indexes and keys are
            // dropped around the change and made again as they were.
            migrationBuilder.DropForeignKey(name: "FK_Matches_People_CoachId", table: "Matches");
            migrationBuilder.DropForeignKey(name: "FK_Matches_People_ParticipantId", table: "Matches");
            migrationBuilder.DropIndex(name: "IX_Matches_CoachId_Status", table: "Matches");
            migrationBuilder.DropIndex(name: "IX_Matches_ParticipantId_Status", table: "Matches");

            migrationBuilder.AlterColumn<int>(
                name: "ParticipantId",
                table: "Matches",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "CoachId",
                table: "Matches",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.CreateIndex(name: "IX_Matches_CoachId_Status", table: "Matches", columns: new[] { "CoachId", "Status" });
            migrationBuilder.CreateIndex(name: "IX_Matches_ParticipantId_Status", table: "Matches", columns: new[] { "ParticipantId", "Status" });
            migrationBuilder.AddForeignKey(name: "FK_Matches_People_CoachId", table: "Matches", column: "CoachId",
                principalTable: "People", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            migrationBuilder.AddForeignKey(name: "FK_Matches_People_ParticipantId", table: "Matches", column: "ParticipantId",
                principalTable: "People", principalColumn: "Id", onDelete: ReferentialAction.Restrict);


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
