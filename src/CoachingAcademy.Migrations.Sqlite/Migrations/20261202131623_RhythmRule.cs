using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RhythmRule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Rules_RhythmDays",
                table: "Cohorts",
                type: "INTEGER",
                nullable: true);

            // Existing cohorts take their kind's rhythm (program.md: about once a month); peer teams keep their calendar.
            migrationBuilder.Sql("UPDATE Cohorts SET Rules_RhythmDays = 45 WHERE Kind <> 'PeerCircle'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Rules_RhythmDays",
                table: "Cohorts");
        }
    }
}
