using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CohortId = table.Column<int>(type: "int", nullable: false),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    JobClassification = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Division = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SupervisorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SupervisorEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    DirectorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DirectorEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    Why = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    LeadershipRoles = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Competencies = table.Column<string>(type: "varchar(60)", unicode: false, maxLength: 60, nullable: false),
                    Specific = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Measurable = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Achievable = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Realistic = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Timely = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Committed = table.Column<bool>(type: "bit", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    SupervisorApprovedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SupervisorApprovedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DirectorApprovedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DirectorApprovedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DirectorConcurs = table.Column<bool>(type: "bit", nullable: false),
                    AcceptedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AcceptedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeclinedAt = table.Column<int>(type: "int", nullable: true),
                    DeclinedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DeclinedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeclineReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ApplicationId = table.Column<int>(type: "int", nullable: false),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    TokenHash = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReplacedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
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
