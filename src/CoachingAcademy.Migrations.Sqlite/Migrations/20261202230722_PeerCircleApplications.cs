using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PeerCircleApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CircleApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    JobClassification = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Division = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SupervisorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SupervisorEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    DirectorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DirectorEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Why = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LeadershipRoles = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Competencies = table.Column<string>(type: "TEXT", unicode: false, maxLength: 60, nullable: false),
                    Specific = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Measurable = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Achievable = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Realistic = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Timely = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Committed = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    SupervisorApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SupervisorApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DirectorApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DirectorApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DirectorConcurs = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AcceptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeclinedAt = table.Column<int>(type: "INTEGER", nullable: true),
                    DeclinedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DeclinedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CircleApplications_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CircleApplications_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReplacedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationLinks_CircleApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "CircleApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationLinks_ApplicationId",
                table: "ApplicationLinks",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationLinks_TokenHash",
                table: "ApplicationLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CircleApplications_CohortId_PersonId",
                table: "CircleApplications",
                columns: new[] { "CohortId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CircleApplications_PersonId",
                table: "CircleApplications",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicationLinks");

            migrationBuilder.DropTable(
                name: "CircleApplications");
        }
    }
}
