using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PeerCertificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CertificateSignerName",
                table: "Cohorts",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CertificateSignerTitle",
                table: "Cohorts",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rules_MaxMissedMeetings",
                table: "Cohorts",
                type: "int",
                nullable: true);

            // Peer circles kept their attendance commitment before the rule existed: at most one missed meeting (seed 004).
            migrationBuilder.Sql("UPDATE Cohorts SET Rules_MaxMissedMeetings = 1 WHERE Kind = 'PeerCircle'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CertificateSignerName",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "CertificateSignerTitle",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_MaxMissedMeetings",
                table: "Cohorts");
        }
    }
}
