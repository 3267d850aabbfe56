using BenchmarkDotNet.Running;
using CoachLens.Benchmarks;

// Run: dotnet run -c Release --project benchmarks/CoachLens.Benchmarks (docs/performance.md has the figures).
BenchmarkSwitcher.FromAssembly(typeof(ReadingBenchmarks).Assembly).Run(args);
