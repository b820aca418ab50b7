using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OneRolePerPersonInACohort : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enrollments_CohortId_PersonId_Role",
                table: "Enrollments");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_CohortId_PersonId",
                table: "Enrollments",
                columns: new[] { "CohortId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_CohortId_Role_PersonId",
                table: "Enrollments",
                columns: new[] { "CohortId", "Role", "PersonId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enrollments_CohortId_PersonId",
                table: "Enrollments");

            migrationBuilder.DropIndex(
                name: "IX_Enrollments_CohortId_Role_PersonId",
                table: "Enrollments");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_CohortId_PersonId_Role",
                table: "Enrollments",
                columns: new[] { "CohortId", "PersonId", "Role" },
                unique: true);
        }
    }
}
