using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OrientationSeats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyToken",
                table: "OrientationSessions",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConcurrencyToken",
                table: "OrientationSessions");
        }
    }
}
