using System.Security.Cryptography;
using System.Text;
using CoachingAcademy.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachingAcademy.TestSupport.Gates;

/// <summary>A hash of every row of every table, per table, to show that a refused request saved nothing.</summary>
public sealed record DatabaseFingerprint(IReadOnlyDictionary<string, string> Tables)
{
    /// <summary>
    /// Outbox rows are judged by the rows alone: their send state is changed by the outbox worker after the request that
    /// recorded them has answered, often while the next request is being checked.
    /// </summary>
    private static readonly Dictionary<string, string> RowsOnly = new() { ["OutgoingEmails"] = "\"Id\", \"Key\"" };

    /// <summary>
    /// The fingerprint of <paramref name="app"/>'s database now. Hashing every row costs milliseconds and the gates take
    /// thousands, so the last one is kept with SQLite's <c>data_version</c> as it read before it: that number stays the same
    /// on a connection until another connection commits, so while it does the database is the one that was hashed.
    /// </summary>
    public static Task<DatabaseFingerprint> TakeAsync(AppFactory app) => app.Fingerprints.TakeAsync();

    /// <summary>Hashes every row of every table.</summary>
    internal static async Task<DatabaseFingerprint> HashAsync(AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }
        var hashes = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT {RowsOnly.GetValueOrDefault(table, "*")} FROM \"{table}\" ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++)
                    hash.AppendData(Encoding.UTF8.GetBytes((reader.IsDBNull(i) ? "\u2400" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)) + "\u241F"));
            hashes[table] = Convert.ToHexString(hash.GetHashAndReset());
        }
        return new DatabaseFingerprint(hashes);
    }

    /// <summary>The tables whose rows differ between two fingerprints.</summary>
    public IReadOnlyList<string> ChangedSince(DatabaseFingerprint before) =>
        Tables.Keys.Union(before.Tables.Keys)
            .Where(t => Tables.GetValueOrDefault(t) != before.Tables.GetValueOrDefault(t))
            .Order(StringComparer.Ordinal).ToList();
}

/// <summary>One app's last fingerprint and the <c>data_version</c> its own connection read just before it was taken.</summary>
public sealed class FingerprintCache(AppFactory app) : IAsyncDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private SqliteConnection? _watch;
    private (long Version, DatabaseFingerprint Fingerprint)? _last;

    public async Task<DatabaseFingerprint> TakeAsync()
    {
        await _one.WaitAsync();
        try
        {
            if (_watch is null)
            {
                using var scope = app.Services.CreateScope();
                _watch = new SqliteConnection(scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString());
                await _watch.OpenAsync();
            }
            // Read before hashing: a commit while hashing changes it, so the next call hashes again.
            var version = await DataVersionAsync(_watch);
            if (_last is { } last && last.Version == version)
                return last.Fingerprint;
            var fingerprint = await DatabaseFingerprint.HashAsync(app);
            _last = (version, fingerprint);
            return fingerprint;
        }
        finally
        {
            _one.Release();
        }
    }

    private static async Task<long> DataVersionAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_watch is not null)
            await _watch.DisposeAsync();
        _one.Dispose();
    }
}
