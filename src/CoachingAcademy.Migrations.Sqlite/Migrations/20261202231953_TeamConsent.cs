using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TeamConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ConsentedAtUtc",
                table: "EngagementMembers",
                type: "TEXT",
                nullable: true);

            // Teams formed before consents existed were formed by a director at once: their members count as consented then.
            migrationBuilder.Sql("UPDATE EngagementMembers SET ConsentedAtUtc = AddedAtUtc WHERE Role = 'Peer'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConsentedAtUtc",
                table: "EngagementMembers");
        }
    }
}
