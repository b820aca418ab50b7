using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Matching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CoachCapacity",
                table: "Enrollments",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Matches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CohortId = table.Column<int>(type: "int", nullable: false),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    CoachId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    ProposedById = table.Column<int>(type: "int", nullable: true),
                    ProposedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CoachAnsweredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedById = table.Column<int>(type: "int", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RejectionReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    EndedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EndedBy = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    EndedById = table.Column<int>(type: "int", nullable: true),
                    EndReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ConcurrencyToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Matches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Matches_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Matches_People_CoachId",
                        column: x => x.CoachId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Matches_People_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MatchAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MatchId = table.Column<int>(type: "int", nullable: false),
                    Confidentiality = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DurationMonths = table.Column<int>(type: "int", nullable: false),
                    ContactFrequency = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContactForm = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CoachTime = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CoachRoles = table.Column<int>(type: "int", nullable: false),
                    AdditionalPoints = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CoachAcknowledgedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ParticipantAcknowledgedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchAgreements_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatchAgreements_MatchId",
                table: "MatchAgreements",
                column: "MatchId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Matches_CoachId_Status",
                table: "Matches",
                columns: new[] { "CoachId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Matches_CohortId_Status",
                table: "Matches",
                columns: new[] { "CohortId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Matches_OneActivePerParticipant",
                table: "Matches",
                columns: new[] { "CohortId", "ParticipantId" },
                unique: true,
                filter: "\"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_Matches_ParticipantId_Status",
                table: "Matches",
                columns: new[] { "ParticipantId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchAgreements");

            migrationBuilder.DropTable(
                name: "Matches");

            migrationBuilder.DropColumn(
                name: "CoachCapacity",
                table: "Enrollments");
        }
    }
}
