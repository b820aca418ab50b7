using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ExecutiveRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Rules_OutcomesAndPlan",
                table: "Cohorts",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE Cohorts SET Rules_OutcomesAndPlan = 1 WHERE Kind = 'ExecutiveCoaching'");

            migrationBuilder.CreateTable(
                name: "DevelopmentPlanVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MatchId = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Themes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Practices = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Exercises = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Reading = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    WrittenById = table.Column<int>(type: "int", nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentPlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlanVersions_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DevelopmentPlanVersions_People_WrittenById",
                        column: x => x.WrittenById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Interviews360",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MatchId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Relationship = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interviews360", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interviews360_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgramOutcomes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MatchId = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Benchmark = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgramOutcomes_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanCommitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanVersionId = table.Column<int>(type: "int", nullable: false),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    CommittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanCommitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanCommitments_DevelopmentPlanVersions_PlanVersionId",
                        column: x => x.PlanVersionId,
                        principalTable: "DevelopmentPlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanCommitments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlanVersions_MatchId_Version",
                table: "DevelopmentPlanVersions",
                columns: new[] { "MatchId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlanVersions_WrittenById",
                table: "DevelopmentPlanVersions",
                column: "WrittenById");

            migrationBuilder.CreateIndex(
                name: "IX_Interviews360_MatchId",
                table: "Interviews360",
                column: "MatchId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanCommitments_PersonId",
                table: "PlanCommitments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanCommitments_PlanVersionId_PersonId",
                table: "PlanCommitments",
                columns: new[] { "PlanVersionId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgramOutcomes_MatchId_Position",
                table: "ProgramOutcomes",
                columns: new[] { "MatchId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Interviews360");

            migrationBuilder.DropTable(
                name: "PlanCommitments");

            migrationBuilder.DropTable(
                name: "ProgramOutcomes");

            migrationBuilder.DropTable(
                name: "DevelopmentPlanVersions");

            migrationBuilder.DropColumn(
                name: "Rules_OutcomesAndPlan",
                table: "Cohorts");
        }
    }
}
