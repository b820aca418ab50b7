using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProgramKindsAndRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every cohort so far is an academy cohort: its columns start with the academy's rules (CohortRules.For),
            // and the cross-agency setting it had keeps its value under its new name.
            migrationBuilder.RenameColumn(
                name: "AllowCrossAgency",
                table: "Cohorts",
                newName: "Rules_CrossAgency");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Cohorts",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Academy");

            migrationBuilder.AddColumn<bool>(
                name: "Rules_ApplicationRequired",
                table: "Cohorts",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Rules_CoachAccepts",
                table: "Cohorts",
                type: "bit",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Rules_CoachesAtSeniorLevels",
                table: "Cohorts",
                type: "bit",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Rules_CoordinatorsMayPropose",
                table: "Cohorts",
                type: "bit",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Rules_DirectorApproves",
                table: "Cohorts",
                type: "bit",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Rules_ExcludeChainOfCommand",
                table: "Cohorts",
                type: "bit",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Rules_GraduationAndDebrief",
                table: "Cohorts",
                type: "bit",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "Rules_MinimumSessions",
                table: "Cohorts",
                type: "int",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<int>(
                name: "Rules_NoticeHours",
                table: "Cohorts",
                type: "int",
                nullable: false,
                defaultValue: 48);

            migrationBuilder.AddColumn<bool>(
                name: "Rules_OrganisationApproves",
                table: "Cohorts",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Rules_OrientationRequired",
                table: "Cohorts",
                type: "bit",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "Rules_ParticipantsMayAsk",
                table: "Cohorts",
                type: "bit",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<int>(
                name: "Rules_PlannedSessions",
                table: "Cohorts",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rules_SessionMinutes",
                table: "Cohorts",
                type: "int",
                nullable: false,
                defaultValue: 60);

            migrationBuilder.AddColumn<string>(
                name: "Rules_Shape",
                table: "Cohorts",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "OneToOne");

            migrationBuilder.AddColumn<bool>(
                name: "Rules_SponsorNamed",
                table: "Cohorts",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Rules_StartsAfterClassSession",
                table: "Cohorts",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Rules_StepDates",
                table: "Cohorts",
                type: "nvarchar(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "Fixed");

            migrationBuilder.AddColumn<int>(
                name: "Rules_TeamSizeMax",
                table: "Cohorts",
                type: "int",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<int>(
                name: "Rules_TeamSizeMin",
                table: "Cohorts",
                type: "int",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.Sql("UPDATE Cohorts SET Rules_StartsAfterClassSession = 2");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_ApplicationRequired",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_CoachAccepts",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_CoachesAtSeniorLevels",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_CoordinatorsMayPropose",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_DirectorApproves",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_ExcludeChainOfCommand",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_GraduationAndDebrief",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_MinimumSessions",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_NoticeHours",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_OrganisationApproves",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_OrientationRequired",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_ParticipantsMayAsk",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_PlannedSessions",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_SessionMinutes",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_Shape",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_SponsorNamed",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_StartsAfterClassSession",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_StepDates",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_TeamSizeMax",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Rules_TeamSizeMin",
                table: "Cohorts");

            migrationBuilder.RenameColumn(
                name: "Rules_CrossAgency",
                table: "Cohorts",
                newName: "AllowCrossAgency");
        }
    }
}
