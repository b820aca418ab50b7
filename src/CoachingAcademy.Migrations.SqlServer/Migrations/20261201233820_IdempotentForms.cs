using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachingAcademy.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class IdempotentForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Doubles recorded before these rules existed would stop the unique indexes. One of each stands: the active match or
            // the earliest proposal; a logged session or else the earliest; the newest calendar address.
            migrationBuilder.Sql("""
                UPDATE "Matches" SET "Status" = 'Rejected', "RejectionReason" = 'Recorded twice: the earlier proposal for this pair stands.'
                WHERE "Status" IN ('AwaitingCoach', 'Proposed') AND EXISTS (SELECT 1 FROM "Matches" AS earlier
                    WHERE earlier."CohortId" = "Matches"."CohortId" AND earlier."ParticipantId" = "Matches"."ParticipantId"
                    AND earlier."CoachId" = "Matches"."CoachId" AND earlier."Status" IN ('AwaitingCoach', 'Proposed', 'Active')
                    AND (earlier."Status" = 'Active' OR earlier."Id" < "Matches"."Id"));
                """);
            migrationBuilder.Sql("""
                UPDATE "CoachingSessions" SET "Status" = 'Cancelled'
                WHERE "Status" <> 'Cancelled' AND EXISTS (SELECT 1 FROM "CoachingSessions" AS better
                    WHERE better."MatchId" = "CoachingSessions"."MatchId" AND better."StartsAtUtc" = "CoachingSessions"."StartsAtUtc"
                    AND better."Status" <> 'Cancelled'
                    AND ((better."Status" <> 'Scheduled' AND "CoachingSessions"."Status" = 'Scheduled')
                        OR (((better."Status" = 'Scheduled' AND "CoachingSessions"."Status" = 'Scheduled')
                            OR (better."Status" <> 'Scheduled' AND "CoachingSessions"."Status" <> 'Scheduled'))
                            AND better."Id" < "CoachingSessions"."Id")));
                """);
            migrationBuilder.Sql("""
                UPDATE "CalendarFeeds" SET "RevokedAtUtc" = "CreatedAtUtc"
                WHERE "RevokedAtUtc" IS NULL AND EXISTS (SELECT 1 FROM "CalendarFeeds" AS newer
                    WHERE newer."PersonId" = "CalendarFeeds"."PersonId" AND newer."RevokedAtUtc" IS NULL AND newer."Id" > "CalendarFeeds"."Id");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Matches_OneOpenPerPair",
                table: "Matches",
                columns: new[] { "CohortId", "ParticipantId", "CoachId" },
                unique: true,
                filter: "\"Status\" IN ('AwaitingCoach', 'Proposed', 'Active')");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingSessions_OnePerPairAndStart",
                table: "CoachingSessions",
                columns: new[] { "MatchId", "StartsAtUtc" },
                unique: true,
                filter: "\"Status\" <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_OneActivePerPerson",
                table: "CalendarFeeds",
                column: "PersonId",
                unique: true,
                filter: "\"RevokedAtUtc\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Matches_OneOpenPerPair",
                table: "Matches");

            migrationBuilder.DropIndex(
                name: "IX_CoachingSessions_OnePerPairAndStart",
                table: "CoachingSessions");

            migrationBuilder.DropIndex(
                name: "IX_CalendarFeeds_OneActivePerPerson",
                table: "CalendarFeeds");
        }
    }
}
