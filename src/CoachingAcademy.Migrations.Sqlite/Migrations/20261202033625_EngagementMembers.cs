using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EngagementMembers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EngagementMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementMembers_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EngagementMembers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementMembers_MatchId_PersonId",
                table: "EngagementMembers",
                columns: new[] { "MatchId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EngagementMembers_PersonId",
                table: "EngagementMembers",
                column: "PersonId");

            // Every match so far is one coach and one coachee: both become its members, from the day it was proposed.
            migrationBuilder.Sql("""
                INSERT INTO EngagementMembers (MatchId, PersonId, Role, AddedAtUtc) SELECT Id, CoachId, 'Coach', ProposedAtUtc FROM Matches;
                INSERT INTO EngagementMembers (MatchId, PersonId, Role, AddedAtUtc) SELECT Id, ParticipantId, 'Coachee', ProposedAtUtc FROM Matches;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EngagementMembers");
        }
    }
}
