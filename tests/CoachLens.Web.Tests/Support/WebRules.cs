namespace CoachLens.Web.Tests.Support;

/// <summary>
/// Base of the rule tests: each rule class has one subclass per database, so every rule runs against
/// SQLite and against PostgreSQL. Without a PostgreSQL server the PostgreSQL runs say so and skip.
/// </summary>
public abstract class WebRules(AppFactory app)
{
    protected AppFactory App { get; } = app;

    protected async Task<Visitor> NewVisitor(string role = "coach", string? name = null)
    {
        Skips.Unless(App.Available, TestPostgres.SkipReason);
        return await new Visitor(App).Register(role, name);
    }

    protected Visitor Anonymous()
    {
        Skips.Unless(App.Available, TestPostgres.SkipReason);
        return new Visitor(App);
    }
}
