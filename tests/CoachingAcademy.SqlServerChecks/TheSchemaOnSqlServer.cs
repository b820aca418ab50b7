using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CoachingAcademy.SqlServerChecks;

/// <summary>Rules of SQL Server that the SQL Server model must keep and that SQLite never enforces.</summary>
public sealed partial class TheSchemaOnSqlServer
{
    private static readonly IRelationalModel Schema = OfflineSqlServer.DesignTimeModel().GetRelationalModel();

    public static IEnumerable<(string? Schema, string Name)> Tables() => Schema.Tables.Select(t => (t.Schema, t.Name));

    public static IReadOnlyList<ForeignKeyEdge> ForeignKeys() =>
        Schema.Tables.SelectMany(t => t.ForeignKeyConstraints)
            .Select(fk => new ForeignKeyEdge(fk.Name, fk.PrincipalTable.Name, fk.Table.Name, fk.OnDeleteAction switch
            {
                ReferentialAction.Cascade => OnDelete.Cascade,
                ReferentialAction.SetNull => OnDelete.SetNull,
                ReferentialAction.SetDefault => OnDelete.SetDefault,
                _ => OnDelete.NoAction,
            }))
            .ToList();

    [Fact]
    public void No_table_is_reached_by_two_cascade_paths_or_a_cycle()
    {
        var edges = ForeignKeys();
        Assert.Contains(edges, e => e.OnDelete == OnDelete.Cascade);

        var problems = CascadePaths.Problems(edges);

        Assert.True(problems.Count == 0, "SQL Server would refuse these foreign keys (error 1785):\n" + string.Join("\n", problems));
    }

    [Fact]
    public void No_indexed_column_is_nvarchar_max_and_every_key_fits_SQL_Servers_limits()
    {
        var problems = new List<string>();
        foreach (var table in Schema.Tables)
        {
            var keys = table.Indexes.Select(i => (i.Name, Clustered: false, i.Columns))
                .Concat(table.UniqueConstraints.Select(u => (u.Name, Clustered: u.GetIsPrimaryKey(), u.Columns)));
            foreach (var (name, clustered, columns) in keys)
            {
                var widths = columns.Select(c => (c.Name, c.StoreType, Bytes: KeyBytes(c.StoreType))).ToList();
                foreach (var max in widths.Where(w => w.Bytes is null))
                    problems.Add($"{table.Name}.{name}: {max.Name} is {max.StoreType}, which SQL Server cannot index");
                var total = widths.Sum(w => w.Bytes ?? 0);
                // 900 bytes for a clustered key (the primary keys), 1,700 for a nonclustered index (SQL Server 2016 and later).
                var limit = clustered ? 900 : 1_700;
                if (total > limit && !OversizedKeys.ContainsKey($"{table.Name}.{name}"))
                    problems.Add($"{table.Name}.{name}: key of {total} bytes ({string.Join(", ", widths.Select(w => $"{w.Name} {w.StoreType}"))}) exceeds {limit}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Keys whose declared width exceeds SQL Server's limit: SQL Server creates them with a warning and refuses only a
    /// row whose actual key is too long. Each is listed with why its values stay short.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> OversizedKeys = new Dictionary<string, string>
    {
        ["AspNetUserLogins.PK_AspNetUserLogins"] = "Identity's own schema; the app has no external logins, so the table stays empty",
        ["AspNetUserRoles.PK_AspNetUserRoles"] = "Identity's own schema; user and role ids are GUID strings (72 bytes each)",
        ["AspNetUserTokens.PK_AspNetUserTokens"] = "Identity's own schema; a GUID user id and Identity's short provider and token names",
    };

    [Fact]
    public void Every_instant_is_datetime2_with_100ns_precision_as_SQLite_keeps_it()
    {
        // SQLite stores a DateTime as text with seven decimals; datetime2(7) keeps the same ticks, so a value read back
        // on SQL Server compares equal to the one written (the old `datetime` type rounds to 1/300 s).
        var columns = Schema.Tables.SelectMany(t => t.Columns.Select(c => (Table: t.Name, Column: c)))
            .Where(c => Nullable.GetUnderlyingType(c.Column.ProviderClrType) == typeof(DateTime) || c.Column.ProviderClrType == typeof(DateTime))
            .ToList();
        Assert.NotEmpty(columns);
        Assert.All(columns, c => Assert.True(c.Column.StoreType is "datetime2" or "datetime2(7)",
            $"{c.Table}.{c.Column.Name} is {c.Column.StoreType}"));
    }

    /// <summary>
    /// SQL Server compares strings case-insensitively under its default collation, SQLite case-sensitively. A unique
    /// string key is therefore stricter on SQL Server; each one is reviewed here with why that is what the app wants.
    /// A new one fails until it is added.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> CaseInsensitiveUniques = new Dictionary<string, string>
    {
        ["Agencies.IX_Agencies_Name"] = "agency names are unique whatever their case: PeopleService asks the database first (Name = x or LOWER(Name) = lower(x)), which on SQL Server compares with the same collation as the index",
        ["Cohorts.IX_Cohorts_Name"] = "cohort names are unique whatever their case: CohortService asks the database first, as for agencies",
        ["People.IX_People_Email"] = "Person keeps emails trimmed and lower-case, so no two differ only by case",
        ["ApprovalLinks.IX_ApprovalLinks_TokenHash"] = "a SHA-256 in lower-case hex, always written by ApprovalLink.Hash: two hashes that differ only in case never occur",
        ["NetworkSignUps.IX_NetworkSignUps_TokenHash"] = "a SHA-256 in lower-case hex, always written by OneTimeToken.Hash, as for approval links",
        ["ApplicationLinks.IX_ApplicationLinks_TokenHash"] = "a SHA-256 in lower-case hex, always written by OneTimeToken.Hash, as for approval links",
        ["ExperienceAreas.IX_ExperienceAreas_CohortId_Name"] = "a network's areas of experience are unique whatever their case: NetworkProfileService asks the database first (Name = x or LOWER(Name) = lower(x)), as for agencies",
        ["OutgoingEmails.IX_OutgoingEmails_Key"] = "reminder keys are built in one place per kind (the scan, ReminderKeys) from a lower-case email, ids and a kind, always in the same case",
        ["CoachingSessions.IX_CoachingSessions_CalendarUid"] = "a GUID written by the app in one case",
        ["SurveyRequests.IX_SurveyRequests_MomentId_PersonId_About"] = "the subject is written by the survey scan in one case (session:12, step:3, match:3, cohort, once)",
        ["CohortEvents.IX_CohortEvents_CohortId_Kind"] = "the kind is an enum name the app writes in one case (Graduation, Debrief): one of each per cohort",
        ["CalendarFeeds.IX_CalendarFeeds_Token"] = "32 random bytes in base64url: folding case leaves about 225 bits, still unguessable; collisions impossible in practice",
        ["AspNetUsers.UserNameIndex"] = "Identity's normalized (upper-case) user name",
        ["AspNetRoles.RoleNameIndex"] = "Identity's normalized (upper-case) role name",
        ["AspNetUsers.PK_AspNetUsers"] = "GUID strings written by Identity in one case",
        ["AspNetRoles.PK_AspNetRoles"] = "GUID strings or fixed role ids written in one case",
        ["AspNetUserRoles.PK_AspNetUserRoles"] = "ids of users and roles, as above",
        ["AspNetUserLogins.PK_AspNetUserLogins"] = "external logins are not used",
        ["AspNetUserTokens.PK_AspNetUserTokens"] = "user id, provider and token name written by Identity in one case",
    };

    [Fact]
    public void Every_unique_string_key_is_reviewed_for_SQL_Servers_case_insensitive_collation()
    {
        var keys = Schema.Tables.SelectMany(t =>
                t.Indexes.Where(i => i.IsUnique).Select(i => (t.Name, i.Name, i.Columns))
                    .Concat(t.UniqueConstraints.Select(u => (t.Name, u.Name, u.Columns))))
            .Where(k => k.Columns.Any(c => c.StoreType.Contains("char", StringComparison.OrdinalIgnoreCase)))
            .Select(k => $"{k.Item1}.{k.Item2}")
            .ToList();
        Assert.NotEmpty(keys);

        var unreviewed = keys.Except(CaseInsensitiveUniques.Keys).ToList();
        Assert.True(unreviewed.Count == 0, "Unique string keys not yet reviewed in CaseInsensitiveUniques: " + string.Join(", ", unreviewed));
    }

    [Fact]
    public async Task The_retry_strategy_runs_the_apps_transactions_and_refuses_one_started_outside_it()
    {
        using var db = OfflineSqlServer.Create();
        Assert.True(db.Database.CreateExecutionStrategy().RetriesOnFailure);

        // The app's one way into a transaction goes through the execution strategy, so a retry repeats the whole unit.
        await db.InTransactionAsync(async () => await db.Cohorts.Select(c => c.Id).ToListAsync());

        await using var outside = await db.Database.BeginTransactionAsync();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Cohorts.Select(c => c.Id).ToListAsync());
        Assert.Contains("does not support user-initiated transactions", refused.Message);
    }

    [Fact]
    public void No_code_starts_a_transaction_outside_the_execution_strategy()
    {
        var offenders = Directory.EnumerateFiles(Repository.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}"))
            .Where(f => File.ReadAllText(f) is var code && code.Contains("BeginTransaction") && !code.Contains("CreateExecutionStrategy()"))
            .Select(f => Path.GetRelativePath(Repository.Root, f))
            .ToList();
        Assert.True(offenders.Count == 0, "BeginTransaction without CreateExecutionStrategy (SQL Server's retrying strategy refuses it): " + string.Join(", ", offenders));
    }

    private static int? KeyBytes(string storeType)
    {
        var sized = Sized().Match(storeType);
        if (sized.Success)
        {
            if (sized.Groups[3].Value.Equals("max", StringComparison.OrdinalIgnoreCase))
                return null;
            var length = int.Parse(sized.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
            return sized.Groups[1].Value.Length > 0 ? 2 * length : length;
        }
        if (storeType.Equals("nvarchar", StringComparison.OrdinalIgnoreCase) || storeType.Contains("text", StringComparison.OrdinalIgnoreCase))
            return null;
        return storeType.ToLowerInvariant() switch
        {
            "bit" or "tinyint" => 1,
            "smallint" => 2,
            "date" => 3,
            "int" or "real" or "smalldatetime" => 4,
            "bigint" or "float" or "datetime" or "money" => 8,
            "uniqueidentifier" => 16,
            var t when t.StartsWith("datetime2", StringComparison.Ordinal) => 8,
            var t when t.StartsWith("datetimeoffset", StringComparison.Ordinal) => 10,
            var t when t.StartsWith("time", StringComparison.Ordinal) => 5,
            var t when t.StartsWith("decimal", StringComparison.Ordinal) => 17,
            _ => 8,
        };
    }

    [GeneratedRegex(@"^(n?)(var)?char\((max|\d+)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Sized();
}
