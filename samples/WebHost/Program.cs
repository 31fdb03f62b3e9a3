using LaiChau.PlanRules.Compliance;
using LaiChau.PlanRules.Evidence;
using WebHost.Api;
using WebHost.Register;

// A web host over the register of incoming documents (samples/README.md, docs/hosting.md).
// `dotnet run --project samples/WebHost` starts it on planrules-register.db, seeded with the illustrative evidence.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddJsonConsole(); // structured: every {Placeholder} of a log message is a JSON property

// The library, with PlanRules:Policy (and the other options) bound from appsettings.json.
builder.Services.AddPlanRules(o => builder.Configuration.GetSection(PlanRulesOptions.SectionName).Bind(o));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(sp => new DocumentStore(Path.Combine(
    sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath,
    sp.GetRequiredService<IConfiguration>()["Register:DatabasePath"] ?? "planrules-register.db")));
builder.Services.AddSingleton<DocumentRegister>();
builder.Services.AddHostedService<MidnightRollover>();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(o => o.AddOperationTransformer<EvidenceSchemaReference>());
builder.Services.AddHealthChecks().AddCheck<RegisterHealthCheck>("register");

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

// Build the monitor from the database before the first request: what was committed is what is judged.
var seed = app.Configuration.GetValue("Register:SeedIllustrative", true)
    ? EvidenceReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "data", "illustrative-evidence.json"))
    : null;
app.Services.GetRequiredService<DocumentRegister>().Start(seed);

app.MapDocuments();
app.MapCompliance();
app.MapDownloads();
app.MapHealthChecks("/health");
app.MapOpenApi(); // /openapi/v1.json

// The dashboard: the printable report's HTML, a form to register a received report, live updates.
app.MapDashboard();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
