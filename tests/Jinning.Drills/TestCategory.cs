// What this project's tests need, for `./test.sh --fast` and `dotnet test --filter Category=…` (see tests/README.md).
[assembly: Xunit.AssemblyTrait("Category", "Platform")]
