using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoachLens.Cli.Tests;

/// <summary>A Spectre console that writes to a string and reads its keys from a script: each entry is a line typed and then Enter.</summary>
internal sealed class KeyScriptConsole : IAnsiConsole, IAnsiConsoleInput
{
    private readonly IAnsiConsole inner;
    private readonly Queue<string> lines;
    private readonly Queue<ConsoleKeyInfo> pending = new();

    public KeyScriptConsole(TextWriter output, Queue<string> lines)
    {
        this.lines = lines;
        inner = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
        inner.Profile.Width = 100;
    }

    public Profile Profile => inner.Profile;

    public IAnsiConsoleCursor Cursor => inner.Cursor;

    public IAnsiConsoleInput Input => this;

    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

    public RenderPipeline Pipeline => inner.Pipeline;

    public void Clear(bool home) => inner.Clear(home);

    public void Write(IRenderable renderable) => inner.Write(renderable);

    public bool IsKeyAvailable() => pending.Count > 0 || lines.Count > 0;

    public ConsoleKeyInfo? ReadKey(bool intercept)
    {
        if (pending.Count == 0)
        {
            var line = lines.Count > 0 ? lines.Dequeue() : throw new InvalidOperationException("the test typed no more keys, but the exam asked for more");
            foreach (var ch in line)
            {
                pending.Enqueue(new ConsoleKeyInfo(ch, ConsoleKey.NoName, false, false, false));
            }

            pending.Enqueue(new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false));
        }

        return pending.Dequeue();
    }

    public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
}
