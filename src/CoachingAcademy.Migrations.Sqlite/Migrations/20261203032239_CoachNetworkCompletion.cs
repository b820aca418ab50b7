using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CoachNetworkCompletion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CoachGoesOnAtUtc",
                table: "Matches",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ParticipantGoesOnAtUtc",
                table: "Matches",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RelationshipBeganAtUtc",
                table: "Matches",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestMessage",
                table: "Matches",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StartsWithExploratoryCall",
                table: "Matches",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ContactEveryDays",
                table: "MatchAgreements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Rules_ExploratoryCall",
                table: "Cohorts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "CoachingSessions",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Regular");

            // Matches that started before the exploratory call began their relationship when they started; network
            // cohorts start new connections with the call.
            migrationBuilder.Sql("UPDATE \"Matches\" SET \"RelationshipBeganAtUtc\" = \"StartedAtUtc\" WHERE \"StartedAtUtc\" IS NOT NULL");
            migrationBuilder.Sql("UPDATE \"Cohorts\" SET \"Rules_ExploratoryCall\" = 1 WHERE \"Kind\" = 'CoachNetwork'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CoachGoesOnAtUtc",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "ParticipantGoesOnAtUtc",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "RelationshipBeganAtUtc",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "RequestMessage",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "StartsWithExploratoryCall",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "ContactEveryDays",
                table: "MatchAgreements");

            migrationBuilder.DropColumn(
                name: "Rules_ExploratoryCall",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "CoachingSessions");
        }
    }
}
