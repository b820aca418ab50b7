using CoachingAcademy.Core.Common;
using CoachingAcademy.Core.Email;
using CoachingAcademy.Core.People;
using CoachingAcademy.Core.Reminders;
using CoachingAcademy.Core.Resources;
using CoachingAcademy.Infrastructure.Data;
using CoachingAcademy.Infrastructure.Demo;
using CoachingAcademy.Infrastructure.Email;
using CoachingAcademy.Infrastructure.Identity;
using CoachingAcademy.Infrastructure.Instances;
using CoachingAcademy.Infrastructure.Jobs;
using CoachingAcademy.Infrastructure.Resources;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachingAcademy.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var paths = new AppPaths(configuration, contentRoot);
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = database.Provider == DatabaseProvider.Sqlite
            ? paths.SqliteConnectionString
            : configuration.GetConnectionString("SqlServer")
              ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set.");

        services.AddSingleton(paths);
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddDbContext<AppDbContext>(o => DbContextOptionsFactory.Configure(o, database.Provider, connectionString));
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: ["ready"])
            .AddCheck<JobStorageHealthCheck>("jobs", tags: ["ready"])
            .AddCheck<DrainingHealthCheck>("draining", tags: ["ready"]);
        services.AddSharedDataProtection(configuration, paths);

        services.AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                // NIST 800-63B: length and a check against guessable passwords (StrongPasswordValidator), no composition rules.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
                // Logins are email addresses, checked by the program; Identity's narrower character list refused some.
                o.User.AllowedUserNameCharacters = "";
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<StrongPasswordValidator>()
            .AddSignInManager<ProgramSignInManager>();
        // Invitations are password-reset tokens (ProgramAccounts): a week to use one.
        services.Configure<DataProtectionTokenProviderOptions>(o =>
            o.TokenLifespan = TimeSpan.FromDays(configuration.GetValue(ProgramOptions.Section + ":" + nameof(ProgramOptions.InvitationDays), 7)));
        services.AddSingleton<Core.Certificates.ICertificateRenderer, Certificates.PdfCertificateRenderer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<LargeProgramSeeder>();

        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        if (configuration.GetValue(OutboxOptions.Section + ":" + nameof(OutboxOptions.SendFromOutbox), true))
            services.AddHostedService<OutboxWorker>();
        services.AddSingleton<MimeMessageFactory>();
        services.AddSingleton<MailFolder>();
        services.AddScoped<IDirectorDirectory, DirectorDirectory>();
        services.AddScoped<IAccounts, ProgramAccounts>();
        services.Configure<ProgramOptions>(configuration.GetSection(ProgramOptions.Section));
        services.Configure<ResourceOptions>(configuration.GetSection(ResourceOptions.Section));
        services.AddSingleton<IResourceFiles, ResourceFolder>();
        if (string.IsNullOrWhiteSpace(configuration["Smtp:Host"]))
            services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
        else
            services.AddSingleton<IEmailSender, SmtpEmailSender>();

        // The storage is this app's own instance, not the process-wide JobStorage.Current, so that two app instances in
        // one process (as in the tests) never pick up each other's jobs.
        // On SQL Server every instance shares one job storage: a recurring job is enqueued once per period, and
        // DisableConcurrentExecution takes a lock in that storage, so one instance runs it (docs/decisions/0008).
        var hangfire = configuration.GetSection(HangfireOptions.Section).Get<HangfireOptions>() ?? new HangfireOptions();
        services.AddSingleton<JobStorage>(_ => database.Provider == DatabaseProvider.SqlServer
            ? new SqlServerStorage(connectionString, hangfire.SqlServerStorageOptions())
            : new InMemoryStorage(new InMemoryStorageOptions()));
        services.AddHostScopedJobActivator();
        services.AddHangfire((sp, cfg) => cfg
            .UseHostLogging(sp)
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        if (hangfire.Server)
        {
            // The server stops fetching jobs when the instance begins to stop, and gives a running job this long to end.
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
                o.ShutdownTimeout = TimeSpan.FromSeconds(hangfire.ShutdownTimeoutSeconds);
            });
            if (hangfire.RecurringJobs)
                services.AddHostedService<RecurringJobs>();
        }

        return services;
    }
}
