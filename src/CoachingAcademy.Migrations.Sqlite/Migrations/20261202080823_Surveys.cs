using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CoachingAcademy.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Surveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SurveyTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Introduction = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsAnonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    TextReaders = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsInUse = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyMoments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    StepId = table.Column<int>(type: "INTEGER", nullable: true),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClosesAfterDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyMoments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyMoments_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyMoments_Milestones_StepId",
                        column: x => x.StepId,
                        principalTable: "Milestones",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SurveyMoments_SurveyTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "SurveyTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Choices = table.Column<string>(type: "TEXT", maxLength: 1100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyQuestions_SurveyTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "SurveyTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MomentId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    About = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MatchId = table.Column<int>(type: "INTEGER", nullable: true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: true),
                    AskedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosesAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyRequests_CoachingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CoachingSessions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SurveyRequests_Matches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "Matches",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SurveyRequests_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SurveyRequests_SurveyMoments_MomentId",
                        column: x => x.MomentId,
                        principalTable: "SurveyMoments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MomentId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_SurveyMoments_MomentId",
                        column: x => x.MomentId,
                        principalTable: "SurveyMoments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_SurveyRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "SurveyRequests",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SurveyAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    Choices = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "SurveyQuestions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "SurveyTemplates",
                columns: new[] { "Id", "CreatedAtUtc", "Introduction", "IsAnonymous", "IsInUse", "Name", "TextReaders" },
                values: new object[,]
                {
                    { 1, new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Your coach wants each session to be worth your time. Tell them how this one went and how it could have created more value.", false, false, "Session feedback", "Coach" },
                    { 2, new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Your honest review of the coaching series, now that it has ended. It helps the program serve the next clients better.", true, false, "End-of-series assessment", "Directors" },
                    { 3, new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Utc), "A short evaluation of your team's meeting, asked after each one. The program office reads only the totals.", true, false, "Meeting evaluation", "Directors" },
                    { 4, new DateTime(2026, 12, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Before the debriefing session: how the coaching went for you, and what the academy should keep or change.", false, false, "Coaches' debrief", "Directors" }
                });

            migrationBuilder.InsertData(
                table: "SurveyQuestions",
                columns: new[] { "Id", "Choices", "Kind", "Position", "Required", "TemplateId", "Text" },
                values: new object[,]
                {
                    { 1, "", "Rating", 1, true, 1, "How valuable was this session for you?" },
                    { 2, "", "LongText", 2, false, 1, "How could this session have created more value for you?" },
                    { 3, "", "ShortText", 3, false, 1, "What will you do before the next session?" },
                    { 4, "", "Rating", 1, true, 2, "Overall, how valuable was the coaching series?" },
                    { 5, "", "Rating", 2, true, 2, "How far did you reach the goals you set?" },
                    { 6, "", "Rating", 3, true, 2, "How well did your coach keep to the responsibilities agreed at the start?" },
                    { 7, "Yes\nNo\nNot sure", "SingleChoice", 4, true, 2, "Would you recommend this coaching to a colleague?" },
                    { 8, "", "Rating", 1, true, 3, "How useful was today's meeting?" },
                    { 9, "", "Rating", 2, true, 3, "How well did the team discuss this month's competency?" },
                    { 10, "The project updates\nThe competency discussion\nThe resources\nThe Branch Deputy's visit", "MultipleChoice", 3, false, 3, "Which parts of the meeting helped you most?" },
                    { 11, "Yes\nNo\nNot sure", "SingleChoice", 4, true, 3, "Did every member take part?" },
                    { 12, "", "Rating", 1, true, 4, "How well did the academy prepare and support you as a coach?" },
                    { 13, "None\nOne or two\nThree\nFour or more", "SingleChoice", 2, true, 4, "How many sessions did you hold with your participant?" },
                    { 14, "", "LongText", 3, false, 4, "What worked well in your coaching this year?" },
                    { 15, "", "LongText", 4, false, 4, "What should the academy change for its next coaches?" },
                    { 16, "Yes\nNo\nMaybe", "SingleChoice", 5, true, 4, "Would you coach in the next cohort?" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_QuestionId_Rating",
                table: "SurveyAnswers",
                columns: new[] { "QuestionId", "Rating" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_ResponseId",
                table: "SurveyAnswers",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyMoments_CohortId_Kind",
                table: "SurveyMoments",
                columns: new[] { "CohortId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyMoments_StepId",
                table: "SurveyMoments",
                column: "StepId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyMoments_TemplateId",
                table: "SurveyMoments",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyQuestions_TemplateId",
                table: "SurveyQuestions",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyRequests_AnsweredAtUtc_ClosesAtUtc",
                table: "SurveyRequests",
                columns: new[] { "AnsweredAtUtc", "ClosesAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyRequests_MatchId",
                table: "SurveyRequests",
                column: "MatchId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyRequests_MomentId_PersonId_About",
                table: "SurveyRequests",
                columns: new[] { "MomentId", "PersonId", "About" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyRequests_PersonId_AnsweredAtUtc",
                table: "SurveyRequests",
                columns: new[] { "PersonId", "AnsweredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyRequests_SessionId",
                table: "SurveyRequests",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_MomentId",
                table: "SurveyResponses",
                column: "MomentId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_Month",
                table: "SurveyResponses",
                column: "Month");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_RequestId",
                table: "SurveyResponses",
                column: "RequestId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SurveyAnswers");

            migrationBuilder.DropTable(
                name: "SurveyQuestions");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "SurveyRequests");

            migrationBuilder.DropTable(
                name: "SurveyMoments");

            migrationBuilder.DropTable(
                name: "SurveyTemplates");
        }
    }
}
