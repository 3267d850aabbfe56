using CoachLens.Web.Setup;

// `coachlens serve` runs the same two calls through WebServer.Run; tests use WebApplicationFactory<Program>.
var builder = WebApplication.CreateBuilder(args);
builder.AddCoachLens();
var app = builder.Build();
app.UseCoachLens();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
