using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AgreementTerm : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "TermStartedAtUtc",
                table: "MatchAgreements",
                type: "TEXT",
                nullable: true);

            // A statement both have signed began its term when the second signed.
            migrationBuilder.Sql("""
                UPDATE MatchAgreements SET TermStartedAtUtc = CASE WHEN CoachAcknowledgedAtUtc > ParticipantAcknowledgedAtUtc
                    THEN CoachAcknowledgedAtUtc ELSE ParticipantAcknowledgedAtUtc END
                WHERE CoachAcknowledgedAtUtc IS NOT NULL AND ParticipantAcknowledgedAtUtc IS NOT NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TermStartedAtUtc",
                table: "MatchAgreements");
        }
    }
}
