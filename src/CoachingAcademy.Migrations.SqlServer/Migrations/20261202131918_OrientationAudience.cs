using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OrientationAudience : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every session so far briefs coaches; none has been moved yet, so their invitations are at SEQUENCE 0.
            migrationBuilder.AddColumn<string>(
                name: "Audience",
                table: "OrientationSessions",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Coaches");

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "OrientationSessions",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Audience",
                table: "OrientationSessions");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "OrientationSessions");
        }
    }
}
