using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class StepsSponsorsAndAttendance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateOnly>(
                name: "DueDate",
                table: "Milestones",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AddColumn<int>(
                name: "DaysAfterStart",
                table: "Milestones",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Milestones",
                type: "nvarchar(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "Conversation");

            migrationBuilder.AddColumn<DateTime>(
                name: "StartedAtUtc",
                table: "Matches",
                type: "datetime2",
                nullable: true);

            // An engagement started when it became active: the decision's time, for every match that was ever active.
            migrationBuilder.Sql("UPDATE \"Matches\" SET \"StartedAtUtc\" = \"DecidedAtUtc\" WHERE \"Status\" IN ('Active', 'Ended');");

            migrationBuilder.CreateTable(
                name: "SessionAttendance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SessionId = table.Column<int>(type: "int", nullable: false),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    Attended = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionAttendance_CoachingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CoachingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionAttendance_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[] { "role-sponsor", "role-sponsor", "Sponsor", "SPONSOR" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendance_PersonId",
                table: "SessionAttendance",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendance_SessionId_PersonId",
                table: "SessionAttendance",
                columns: new[] { "SessionId", "PersonId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SessionAttendance");

            migrationBuilder.DeleteData(
                table: "AspNetRoles",
                keyColumn: "Id",
                keyValue: "role-sponsor");

            migrationBuilder.DropColumn(
                name: "DaysAfterStart",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "StartedAtUtc",
                table: "Matches");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "DueDate",
                table: "Milestones",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);
        }
    }
}
