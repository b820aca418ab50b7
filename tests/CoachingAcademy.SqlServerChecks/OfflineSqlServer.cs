using System.Data;
using System.Data.Common;
using CoachingAcademy.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CoachingAcademy.SqlServerChecks;

/// <summary>
/// The app's DbContext configured for SQL Server exactly as in production (DbContextOptionsFactory: migrations
/// assembly, retry on failure), pointed at a server that does not exist. Interceptors stand in for the server: opening
/// the connection, starting and committing a transaction and running a command are suppressed, and every command
/// gets an empty answer. EF still translates every query to T-SQL and runs its execution strategy.
/// </summary>
public static class OfflineSqlServer
{
    public const string ConnectionString = "Server=tcp:sql.invalid,1433;Database=CoachingAcademy;User Id=sa;Password=unused;Connect Timeout=1";

    public static AppDbContext Create(List<string>? commands = null)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DbContextOptionsFactory.Configure(builder, DatabaseProvider.SqlServer, ConnectionString);
        builder.AddInterceptors(new NoConnection(), new NoTransaction(), new NoCommand(commands ?? []));
        return new AppDbContext(builder.Options);
    }

    /// <summary>The full SQL Server model (with its relational mapping: tables, columns, store types, foreign key actions).</summary>
    public static IModel DesignTimeModel()
    {
        using var db = Create();
        return db.GetService<IDesignTimeModel>().Model;
    }

    private sealed class NoConnection : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());

        public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData,
            InterceptionResult result) => ValueTask.FromResult(InterceptionResult.Suppress());
    }

    private sealed class NoTransaction : DbTransactionInterceptor
    {
        public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
            InterceptionResult<DbTransaction> result) => InterceptionResult<DbTransaction>.SuppressWithResult(new Transaction(connection));

        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
            TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult<DbTransaction>.SuppressWithResult(new Transaction(connection)));
    }

    private sealed class Transaction(DbConnection connection) : DbTransaction
    {
        protected override DbConnection DbConnection => connection;
        public override IsolationLevel IsolationLevel => IsolationLevel.ReadCommitted;
        public override void Commit() { }
        public override void Rollback() { }
    }

    /// <summary>Every command answers no rows of one int column (the shape of a query that selects ids).</summary>
    private sealed class NoCommand(List<string> commands) : DbCommandInterceptor
    {
        private static DbDataReader NoRows()
        {
            var table = new DataTable();
            table.Columns.Add("Id", typeof(int));
            return table.CreateDataReader();
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            commands.Add(command.CommandText);
            return InterceptionResult<DbDataReader>.SuppressWithResult(NoRows());
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ReaderExecuting(command, eventData, result));

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            commands.Add(command.CommandText);
            return InterceptionResult<int>.SuppressWithResult(0);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(NonQueryExecuting(command, eventData, result));

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            commands.Add(command.CommandText);
            return InterceptionResult<object>.SuppressWithResult(DBNull.Value);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ScalarExecuting(command, eventData, result));
    }
}
