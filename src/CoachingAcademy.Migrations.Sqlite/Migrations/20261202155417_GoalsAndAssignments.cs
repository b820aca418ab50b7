using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GoalsAndAssignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Rules_GoalsAndAssignments",
                table: "Cohorts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Seed 002's cohorts that exist already get the rule their kind now starts with.
            migrationBuilder.Sql("UPDATE Cohorts SET Rules_GoalsAndAssignments = 1 WHERE Kind = 'ManagementCoaching'");

            migrationBuilder.CreateTable(
                name: "EngagementAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DoneAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementAssignments_CoachingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CoachingSessions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EngagementAssignments_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EngagementAssignments_People_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EngagementChallenges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementChallenges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementChallenges_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EngagementGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementGoals_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementAssignments_CreatedById",
                table: "EngagementAssignments",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_EngagementAssignments_MatchId_DueOn",
                table: "EngagementAssignments",
                columns: new[] { "MatchId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementAssignments_SessionId",
                table: "EngagementAssignments",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_EngagementChallenges_MatchId",
                table: "EngagementChallenges",
                column: "MatchId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EngagementGoals_MatchId_Position",
                table: "EngagementGoals",
                columns: new[] { "MatchId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EngagementAssignments");

            migrationBuilder.DropTable(
                name: "EngagementChallenges");

            migrationBuilder.DropTable(
                name: "EngagementGoals");

            migrationBuilder.DropColumn(
                name: "Rules_GoalsAndAssignments",
                table: "Cohorts");
        }
    }
}
